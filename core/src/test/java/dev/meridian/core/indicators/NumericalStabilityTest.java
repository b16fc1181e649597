package dev.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Running window sums must not drift over long series, and the Bollinger variance must not cancel away
 * when the spread is tiny compared with the price level. Each check compares with a direct two-pass
 * computation over the window.
 */
class NumericalStabilityTest {

    private static final int N = 500_000;

    @Test
    void windowAveragesDoNotDriftOverHalfAMillionBars() {
        double[] x = walk(100, 0.5);
        double[] sma = Sma.compute(x, 50);
        double[] wma = Wma.compute(x, 50);
        for (int i = N - 2000; i < N; i += 97) {
            double s = 0;
            double w = 0;
            for (int k = 0; k < 50; k++) {
                s += x[i - 49 + k];
                w += (k + 1) * x[i - 49 + k];
            }
            assertThat(sma[i]).isCloseTo(s / 50, org.assertj.core.data.Offset.offset(1e-12 * Math.abs(s / 50)));
            assertThat(wma[i]).isCloseTo(w / 1275, org.assertj.core.data.Offset.offset(1e-12 * Math.abs(w / 1275)));
        }
    }

    @Test
    void bollingerWidthStaysAccurateWhenTheSpreadIsTinyAgainstThePrice() {
        // Price ~10,000 moving by ~0.001: E[x^2] - E[x]^2 computed naively would lose ~14 of 16 digits.
        double[] x = walk(10_000, 0.001);
        Bands b = Bollinger.compute(x, 20, 1);
        for (int i = N - 5000; i < N; i += 101) {
            double mean = 0;
            for (int k = i - 19; k <= i; k++) mean += x[k];
            mean /= 20;
            double var = 0;
            for (int k = i - 19; k <= i; k++) var += (x[k] - mean) * (x[k] - mean);
            double sd = Math.sqrt(var / 20);
            assertThat(b.upper()[i] - b.middle()[i]).as("sd at %d", i)
                    .isCloseTo(sd, org.assertj.core.data.Offset.offset(1e-9 * sd + 1e-12));
        }
    }

    private static double[] walk(double level, double step) {
        SplittableRandom rnd = new SplittableRandom(99);
        double[] x = new double[N];
        double p = level;
        for (int i = 0; i < N; i++) {
            p += step * (rnd.nextDouble() - 0.5);
            x[i] = p;
        }
        return x;
    }
}
