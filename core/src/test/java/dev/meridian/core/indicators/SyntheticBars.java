package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;
import java.util.SplittableRandom;

/**
 * Real-shaped test bars: a seeded random walk whose volatility clusters (GARCH(1,1)-like), with occasional
 * opening gaps, flat stretches where nothing trades (H = L = C, zero volume) and skipped minutes.
 */
public final class SyntheticBars {

    private SyntheticBars() {
    }

    public static BarSeries generate(long seed, int count) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BarSeries bars = new BarSeries(count);
        long t = 1_700_000_040_000L;
        double price = 100;
        double variance = 1e-6;
        int flatLeft = 0;
        for (int i = 0; i < count; i++) {
            t += 60_000L * (rnd.nextInt(40) == 0 ? 1 + rnd.nextInt(30) : 1);
            if (flatLeft > 0) {
                flatLeft--;
                bars.append(t, price, price, price, price, 0);
                continue;
            }
            if (rnd.nextInt(300) == 0) {
                flatLeft = 5 + rnd.nextInt(40);
            }
            double z = gaussian(rnd);
            double ret = Math.sqrt(variance) * z;
            variance = 2e-8 + 0.09 * ret * ret + 0.89 * variance;
            double open = rnd.nextInt(150) == 0 ? price * (1 + 0.02 * gaussian(rnd)) : price;
            double close = open * Math.exp(ret);
            double spread = Math.abs(ret) + Math.sqrt(variance) * Math.abs(gaussian(rnd));
            double high = Math.max(open, close) * (1 + spread * rnd.nextDouble());
            double low = Math.min(open, close) * (1 - spread * rnd.nextDouble());
            double volume = Math.round(1000 * Math.exp(gaussian(rnd)) * (1 + 100 * Math.abs(ret)));
            bars.append(t, round(open), round(high), round(low), round(close), volume);
            price = round(close);
        }
        return bars;
    }

    private static double round(double p) {
        return Math.round(p * 100) / 100.0;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
