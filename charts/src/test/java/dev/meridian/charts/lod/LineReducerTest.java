package dev.meridian.charts.lod;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class LineReducerTest {

    @Test
    void keepsFirstMinMaxAndLastOfEachColumnInBarOrder() {
        double[] y = {5, 9, 1, 4, 3, 3, 7, 2};
        ReducedLine r = LineReducer.reduce(y, y.length, 0, 8, 2, new ReducedLine());

        // column 0 = bars 0-3 (first 5, max 9 @1, min 1 @2, last 4); column 1 = bars 4-7 (first 3, max 7 @6, min 2 @7 = last)
        assertThat(points(r)).containsExactly(0, 5, 1, 9, 2, 1, 3, 4, 4, 3, 6, 7, 7, 2);
    }

    @Test
    void skipsWarmUpNaNsAndCopiesPointsWhenZoomedIn() {
        double[] y = {Double.NaN, Double.NaN, 3, 4};
        ReducedLine r = LineReducer.reduce(y, 4, 0, 4, 100, new ReducedLine());
        assertThat(points(r)).containsExactly(2, 3, 3, 4);
    }

    @Test
    void pyramidPathHasTheSameEnvelopeAsTheScan() {
        int n = 300_000;
        double[] y = new double[n];
        SplittableRandom rnd = new SplittableRandom(5);
        // a warm-up longer than a 1024-bar block: whole blocks without a value
        for (int i = 0; i < n; i++) y[i] = i < 5000 ? Double.NaN : rnd.nextDouble(-50, 50);
        LineReducer reducer = new LineReducer();
        reducer.setData(y, n);
        ReducedLine fast = reducer.reduce(0, n, 60, new ReducedLine());
        ReducedLine scan = LineReducer.reduce(y, n, 0, n, 60, new ReducedLine());
        assertThat(fast.minY()).isEqualTo(scan.minY());
        assertThat(fast.maxY()).isEqualTo(scan.maxY());
        assertThat(fast.size()).isLessThanOrEqualTo(4 * 60);
    }

    private static double[] points(ReducedLine r) {
        double[] out = new double[r.size() * 2];
        for (int i = 0; i < r.size(); i++) {
            out[2 * i] = r.x(i);
            out[2 * i + 1] = r.y(i);
        }
        return out;
    }
}
