package dev.meridian.charts.lod;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OhlcvReducerTest {

    // bar i: open 10+i, high 20+i (bar 5 spikes to 99), low 5+i (bar 8 dips to -1), close 11+i, volume i+1
    private static final double[] O = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
    private static final double[] H = {20, 21, 22, 23, 24, 99, 26, 27, 28, 29};
    private static final double[] L = {5, 6, 7, 8, 9, 10, 11, 12, -1, 14};
    private static final double[] C = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
    private static final double[] V = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void eachPixelColumnGetsOpenOfFirstMaxHighMinLowCloseOfLastAndSummedVolume() {
        ReducedBars r = OhlcvReducer.reduce(O, H, L, C, V, 10, 0, 10, 3, new ReducedBars());

        // column of bar i = floor(i * 3 / 10): bars 0-3, 4-6, 7-9
        assertThat(r.aggregated()).isTrue();
        assertThat(r.size()).isEqualTo(3);
        assertColumn(r, 0, 10, 23, 5, 14, 1 + 2 + 3 + 4);
        assertColumn(r, 1, 14, 99, 9, 17, 5 + 6 + 7);
        assertColumn(r, 2, 17, 29, -1, 20, 8 + 9 + 10);
        assertThat(r.x(0)).isLessThan(r.x(1)).isLessThan(r.x(2));
    }

    @Test
    void boundaryColumnsOfAPartialRangeOnlyTakeVisibleBars() {
        ReducedBars r = OhlcvReducer.reduce(O, H, L, C, V, 10, 2, 8, 3, new ReducedBars());

        assertThat(r.size()).isEqualTo(3);
        assertColumn(r, 0, 12, 23, 7, 14, 3 + 4);
        assertColumn(r, 1, 14, 99, 9, 16, 5 + 6);
        assertColumn(r, 2, 16, 27, 11, 18, 7 + 8);
    }

    @Test
    void rangeBeyondTheDataIsClampedAndAnEmptyRangeGivesNothing() {
        ReducedBars r = OhlcvReducer.reduce(O, H, L, C, V, 10, -50, 500, 2, new ReducedBars());
        assertThat(r.size()).isEqualTo(2);
        assertColumn(r, 0, 10, 24, 5, 15, 15);
        assertColumn(r, 1, 15, 99, -1, 20, 40);

        assertThat(OhlcvReducer.reduce(O, H, L, C, V, 10, 20, 30, 2, new ReducedBars()).size()).isZero();
    }

    @Test
    void fewerBarsThanPixelsDrawsTheRealBarsAtTheirIndex() {
        ReducedBars r = OhlcvReducer.reduce(O, H, L, C, V, 10, 3, 7, 800, new ReducedBars());

        assertThat(r.aggregated()).isFalse();
        assertThat(r.size()).isEqualTo(4);
        for (int k = 0; k < 4; k++) {
            int i = 3 + k;
            assertThat(r.x(k)).isEqualTo(i);
            assertColumn(r, k, O[i], H[i], L[i], C[i], V[i]);
        }
    }

    @Test
    void nonPositivePixelWidthIsRejected() {
        assertThatThrownBy(() -> OhlcvReducer.reduce(O, H, L, C, V, 10, 0, 10, 0, new ReducedBars()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Pixel width");
    }

    @Test
    void blockPyramidPathGivesExactlyTheScanResultOnUnalignedRangesAndAfterLiveBars() {
        int n = 600_000;
        double[][] d = randomBars(n + 5_000, 3);
        OhlcvReducer reducer = new OhlcvReducer();
        reducer.setData(d[0], d[1], d[2], d[3], d[4], n);
        // at least PYRAMID_MIN_BARS_PER_COLUMN (4096) bars per column, or the scan answers
        int[][] ranges = {{0, n, 140}, {12_345, 598_765, 139}, {77, 580_001, 117}, {1, 2 + 4100 * 100, 100}};
        assertThat(reducer.pyramidBytes()).as("not built before a view needs it").isZero();
        for (int[] range : ranges) {
            ReducedBars fast = reducer.reduce(range[0], range[1], range[2], new ReducedBars());
            ReducedBars scan = OhlcvReducer.reduce(d[0], d[1], d[2], d[3], d[4], n, range[0], range[1], range[2], new ReducedBars());
            assertSame(fast, scan);
        }

        // live: revise the last bar to a new extreme, then append bars
        d[1][n - 1] = 10_000;
        reducer.dataChanged(d[0], d[1], d[2], d[3], d[4], n - 1, n);
        int grown = n + 5_000;
        reducer.dataChanged(d[0], d[1], d[2], d[3], d[4], n, grown);
        ReducedBars fast = reducer.reduce(0, grown, 130, new ReducedBars());
        ReducedBars scan = OhlcvReducer.reduce(d[0], d[1], d[2], d[3], d[4], grown, 0, grown, 130, new ReducedBars());
        assertSame(fast, scan);
        assertThat(fast.maxHigh()).isEqualTo(10_000);
        // int extreme indices for highs and lows, float sums for volume: 3 pyramids of ~2N/1024 four-byte blocks
        // (plus up to 8 spare blocks per level after live growth)
        assertThat(reducer.pyramidBytes()).isBetween(3L * 4 * 2 * grown / 1024 - 64, 3L * 4 * 2 * grown / 1024 + 3 * 10 * 8 * 4);
    }

    static double[][] randomBars(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] d = new double[5][n];
        double p = 100;
        for (int i = 0; i < n; i++) {
            double o = p, c = p + r.nextDouble(-1, 1);
            d[0][i] = o;
            d[1][i] = Math.max(o, c) + r.nextDouble();
            d[2][i] = Math.min(o, c) - r.nextDouble();
            d[3][i] = c;
            d[4][i] = r.nextInt(1, 1000);
            p = c;
        }
        return d;
    }

    private static void assertSame(ReducedBars a, ReducedBars b) {
        assertThat(a.size()).isEqualTo(b.size());
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.x(i)).as("x %d", i).isEqualTo(b.x(i));
            assertThat(new double[]{a.open(i), a.high(i), a.low(i), a.close(i)}).as("column %d", i)
                    .containsExactly(b.open(i), b.high(i), b.low(i), b.close(i));
            assertThat(a.volume(i)).as("volume %d (float block sums)", i).isCloseTo(b.volume(i), within(b.volume(i) * 1e-6));
        }
    }

    private static void assertColumn(ReducedBars r, int i, double o, double h, double l, double c, double v) {
        assertThat(new double[]{r.open(i), r.high(i), r.low(i), r.close(i), r.volume(i)})
                .as("column %d", i).containsExactly(o, h, l, c, v);
    }
}
