package dev.meridian.core.indicators;

/** An envelope around price: Bollinger, Keltner and Donchian channels all return one. */
public record Bands(double[] upper, double[] middle, double[] lower) {

    static Bands allocate(Bands out, int n, String name) {
        double[] u = Inputs.output(out == null ? null : out.upper(), n, name + " upper output");
        double[] m = Inputs.output(out == null ? null : out.middle(), n, name + " middle output");
        double[] l = Inputs.output(out == null ? null : out.lower(), n, name + " lower output");
        return out != null ? out : new Bands(u, m, l);
    }
}
