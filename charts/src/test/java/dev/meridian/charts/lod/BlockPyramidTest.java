package dev.meridian.charts.lod;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BlockPyramidTest {

    private static double brute(BlockPyramid.Op op, double[] src, int from, int to) {
        double acc = op == BlockPyramid.Op.SUM ? 0 : Double.NaN;
        for (int i = from; i < to; i++) {
            double v = src[i];
            if (Double.isNaN(v)) continue;
            acc = switch (op) {
                case SUM -> acc + v;
                case MAX -> Double.isNaN(acc) ? v : Math.max(acc, v);
                case MIN -> Double.isNaN(acc) ? v : Math.min(acc, v);
            };
        }
        return acc;
    }

    @Test
    void anyRangeGivesTheScanResultExactlyForExtremesAndToFloatPrecisionForSums() {
        int n = 50_000;
        SplittableRandom rnd = new SplittableRandom(11);
        double[] src = new double[n];
        for (int i = 0; i < n; i++) src[i] = i < 3000 || i % 97 == 0 ? Double.NaN : rnd.nextDouble(1, 1e6);
        for (BlockPyramid.Op op : BlockPyramid.Op.values()) {
            BlockPyramid p = new BlockPyramid(op);
            p.build(src, n);
            for (int q = 0; q < 300; q++) {
                int a = rnd.nextInt(n), b = a + rnd.nextInt(n - a) + 1;
                double expected = brute(op, src, a, b);
                if (op == BlockPyramid.Op.SUM) {
                    assertThat(p.query(src, a, b)).as("%s [%d, %d)", op, a, b).isCloseTo(expected, within(Math.abs(expected) * 1e-6 + 1e-9));
                } else if (Double.isNaN(expected)) {
                    assertThat(p.query(src, a, b)).as("%s [%d, %d)", op, a, b).isNaN();
                } else {
                    assertThat(p.query(src, a, b)).as("%s [%d, %d)", op, a, b).isEqualTo(expected);
                }
            }
            if (op == BlockPyramid.Op.SUM) assertThat(p.query(src, 0, 2048)).isZero();
            else assertThat(p.query(src, 0, 2048)).as("%s over blocks without a value", op).isNaN();
        }
    }

    @Test
    void updateAfterRevisedAndAppendedValuesMatchesARebuild() {
        int n = 10_000;
        double[] src = new double[n + 3000];
        SplittableRandom rnd = new SplittableRandom(2);
        for (int i = 0; i < src.length; i++) src[i] = rnd.nextDouble(0, 100);
        BlockPyramid max = new BlockPyramid(BlockPyramid.Op.MAX);
        max.build(src, n);
        src[n - 1] = 500;
        max.update(src, n - 1, n + 3000);
        assertThat(max.query(src, 0, n + 3000)).isEqualTo(500);
        src[n + 2999] = 900;
        max.update(src, n + 2999, n + 3000);
        assertThat(max.query(src, 4096, n + 3000)).isEqualTo(900);
    }

    @Test
    void holdsAboutEightBytesPerThousandBars() {
        int n = 1 << 20;
        BlockPyramid p = new BlockPyramid(BlockPyramid.Op.MIN);
        p.build(new double[n], n);
        // 1024 + 512 + ... + 1 four-byte blocks
        assertThat(p.bytes()).isEqualTo(4L * (2 * 1024 - 1));
    }
}
