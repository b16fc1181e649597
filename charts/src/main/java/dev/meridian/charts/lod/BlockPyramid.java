package dev.meridian.charts.lod;

import java.util.Arrays;

/**
 * Pre-aggregated max, min or sum over aligned blocks of 1024, 2048, 4096 ... bars, so the aggregate of any index
 * range costs O(2048 + levels) instead of O(range). NaN values are skipped.
 *
 * <p>Kept small because it lives beside every loaded bar: max and min blocks store the index of their extreme bar
 * (an int, exact: the value is read from the bars), sum blocks store a float (relative error below 1e-7, far
 * below a pixel of a volume bar). About {@code 2 × 4 / 1024} bytes per bar and pyramid, 0.0078 B/bar.
 */
public final class BlockPyramid {

    /** How values combine. */
    public enum Op { MAX, MIN, SUM }

    static final int BASE_SHIFT = 10;
    private static final int NONE = -1;
    private static final int SPARE_BLOCKS = 8;

    private final Op op;
    /** MAX and MIN: per level, the index of the block's extreme value, or NONE when the block is all NaN. */
    private int[][] extremes = new int[0][];
    /** SUM: per level, the block's sum. */
    private float[][] sums = new float[0][];
    private int levelCount;
    private int size;

    public BlockPyramid(Op op) {
        this.op = op;
    }

    /** Rebuilds from {@code src[0..size)}. */
    public void build(double[] src, int size) {
        this.size = size;
        levelCount = 0;
        while ((size >> (BASE_SHIFT + levelCount)) > 0) levelCount++;
        if (op == Op.SUM) sums = new float[levelCount][];
        else extremes = new int[levelCount][];
        for (int k = 0; k < levelCount; k++) {
            int blocks = ((size - 1) >> (BASE_SHIFT + k)) + 1;
            if (op == Op.SUM) sums[k] = new float[blocks];
            else extremes[k] = new int[blocks];
            for (int b = 0; b < blocks; b++) setBlock(src, k, b);
        }
    }

    /** Brings the blocks up to date after bars from {@code fromIndex} were appended or revised. */
    public void update(double[] src, int fromIndex, int newSize) {
        if (fromIndex <= 0 || levelCount == 0 || newSize >> (BASE_SHIFT + levelCount) > 0) {
            build(src, newSize);
            return;
        }
        size = newSize;
        for (int k = 0; k < levelCount; k++) {
            int shift = BASE_SHIFT + k;
            int firstBlock = fromIndex >> shift;
            int lastBlock = (newSize - 1) >> shift;
            int length = op == Op.SUM ? sums[k].length : extremes[k].length;
            if (length <= lastBlock) {
                // A few spare blocks, not a proportional slack: a block fills only every 1024 live bars.
                int grown = lastBlock + 1 + SPARE_BLOCKS;
                if (op == Op.SUM) sums[k] = Arrays.copyOf(sums[k], grown);
                else extremes[k] = Arrays.copyOf(extremes[k], grown);
            }
            for (int b = firstBlock; b <= lastBlock; b++) setBlock(src, k, b);
        }
    }

    private void setBlock(double[] src, int k, int b) {
        if (op == Op.SUM) {
            sums[k][b] = (float) blockSum(src, k, b);
        } else {
            extremes[k][b] = blockExtreme(src, k, b);
        }
    }

    private double blockSum(double[] src, int k, int b) {
        if (k == 0) {
            int start = b << BASE_SHIFT;
            int end = Math.min(size, start + (1 << BASE_SHIFT));
            double acc = 0;
            for (int i = start; i < end; i++) if (!Double.isNaN(src[i])) acc += src[i];
            return acc;
        }
        float[] below = sums[k - 1];
        int right = 2 * b + 1;
        return (double) below[2 * b] + (right < blocksAt(k - 1) ? below[right] : 0);
    }

    private int blockExtreme(double[] src, int k, int b) {
        if (k == 0) {
            int start = b << BASE_SHIFT;
            int end = Math.min(size, start + (1 << BASE_SHIFT));
            int best = NONE;
            for (int i = start; i < end; i++) best = better(src, best, i);
            return best;
        }
        int[] below = extremes[k - 1];
        int right = 2 * b + 1;
        int best = below[2 * b];
        return right < blocksAt(k - 1) ? better(src, best, below[right]) : best;
    }

    private int blocksAt(int k) {
        return ((size - 1) >> (BASE_SHIFT + k)) + 1;
    }

    /** The index of the more extreme of two (NONE and NaN lose; on a tie the earlier index wins). */
    private int better(double[] src, int a, int b) {
        if (b == NONE || Double.isNaN(src[b])) return a;
        if (a == NONE || Double.isNaN(src[a])) return b;
        return (op == Op.MAX ? src[b] > src[a] : src[b] < src[a]) ? b : a;
    }

    /** Aggregate of {@code src[from..to)}; {@code to} must not exceed the built size. NaN when MAX/MIN find no value. */
    public double query(double[] src, int from, int to) {
        return op == Op.SUM ? querySum(src, from, to) : queryExtreme(src, from, to);
    }

    private double querySum(double[] src, int from, int to) {
        double acc = 0;
        int i = from;
        while (i < to) {
            int k = largestAlignedLevel(i, to);
            if (k < 0) {
                if (!Double.isNaN(src[i])) acc += src[i];
                i++;
            } else {
                acc += sums[k][i >> (BASE_SHIFT + k)];
                i += 1 << (BASE_SHIFT + k);
            }
        }
        return acc;
    }

    private double queryExtreme(double[] src, int from, int to) {
        int best = NONE;
        int i = from;
        while (i < to) {
            int k = largestAlignedLevel(i, to);
            if (k < 0) {
                best = better(src, best, i);
                i++;
            } else {
                best = better(src, best, extremes[k][i >> (BASE_SHIFT + k)]);
                i += 1 << (BASE_SHIFT + k);
            }
        }
        return best == NONE ? Double.NaN : src[best];
    }

    private int largestAlignedLevel(int i, int to) {
        int best = -1;
        for (int k = 0; k < levelCount; k++) {
            int span = 1 << (BASE_SHIFT + k);
            if ((i & (span - 1)) != 0 || i + span > to || i + span > size) break;
            best = k;
        }
        return best;
    }

    /** Bytes held by the blocks (array payloads), for the memory benchmark. */
    public long bytes() {
        long total = 0;
        for (int k = 0; k < levelCount; k++) total += 4L * (op == Op.SUM ? sums[k].length : extremes[k].length);
        return total;
    }
}
