package dev.meridian.charts.ui;

import dev.meridian.core.market.BarSeries;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/** Deterministic random-walk daily bars on weekdays only (so the data has weekend gaps). */
public final class SampleBars {

    private SampleBars() {
    }

    public static BarSeries daily(int n, long seed) {
        BarSeries s = new BarSeries(n);
        SplittableRandom r = new SplittableRandom(seed);
        long day = 86_400_000L;
        long t = Instant.parse("1990-01-01T00:00:00Z").toEpochMilli();
        double price = 100;
        for (int i = 0; i < n; i++) {
            while (isWeekend(t)) t += day;
            double open = price;
            double close = Math.max(1, open * (1 + r.nextGaussian() * 0.015 + 0.0003));
            double high = Math.max(open, close) * (1 + Math.abs(r.nextGaussian()) * 0.006);
            double low = Math.min(open, close) * (1 - Math.abs(r.nextGaussian()) * 0.006);
            double vol = 1_000_000 * (0.5 + r.nextDouble()) * (1 + Math.abs(close - open) / open * 40);
            s.append(t, open, high, low, close, Math.rint(vol));
            price = close;
            t += day;
        }
        return s;
    }

    private static boolean isWeekend(long t) {
        DayOfWeek d = Instant.ofEpochMilli(t).atZone(ZoneOffset.UTC).getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
