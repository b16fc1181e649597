package dev.meridian.core.indicators;

/** %K and %D of a stochastic oscillator (Stochastic and Stochastic RSI), each as long as the input. */
public record StochasticLines(double[] k, double[] d) {

    static StochasticLines allocate(StochasticLines out, int n, String name) {
        double[] k = Inputs.output(out == null ? null : out.k(), n, name + " %K output");
        double[] d = Inputs.output(out == null ? null : out.d(), n, name + " %D output");
        return out != null ? out : new StochasticLines(k, d);
    }
}
