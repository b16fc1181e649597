package dev.meridian.charts.lod;

/**
 * Reduces a line series (close, indicator) to at most four points per pixel column: first, min, max and
 * last in bar order, which draws the same pixels as the full series. NaN values (indicator warm-up) are skipped.
 */
public final class LineReducer {

    private final BlockPyramid mins = new BlockPyramid(BlockPyramid.Op.MIN);
    private final BlockPyramid maxs = new BlockPyramid(BlockPyramid.Op.MAX);
    private double[] values = new double[0];
    private int size;
    private boolean pyramidBuilt;
    private int dirtyFrom = Integer.MAX_VALUE;

    /** Points the reducer at a series (not copied); the pyramid is rebuilt when first needed. */
    public void setData(double[] values, int size) {
        this.values = values;
        this.size = Math.min(size, values.length);
        pyramidBuilt = false;
        dirtyFrom = Integer.MAX_VALUE;
    }

    /** Values from {@code fromIndex} were appended or revised. */
    public void dataChanged(double[] values, int fromIndex, int newSize) {
        this.values = values;
        this.size = Math.min(newSize, values.length);
        dirtyFrom = Math.min(dirtyFrom, fromIndex);
    }

    public ReducedLine reduce(int from, int to, int pixelWidth, ReducedLine out) {
        int lo = Math.max(0, from);
        int hi = Math.min(size, to);
        int n = hi - lo;
        if (pixelWidth <= 0 || n < (long) OhlcvReducer.PYRAMID_MIN_BARS_PER_COLUMN * pixelWidth) {
            return reduce(values, size, from, to, pixelWidth, out);
        }
        ensurePyramid();
        out.size = 0;
        out.ensureCapacity(4 * pixelWidth);
        for (int c = 0; c < pixelWidth; c++) {
            int a = lo + (int) (((long) c * n + pixelWidth - 1) / pixelWidth);
            int b = lo + (int) (((long) (c + 1) * n + pixelWidth - 1) / pixelWidth);
            double min = mins.query(values, a, b);
            if (Double.isNaN(min)) continue;
            double max = maxs.query(values, a, b);
            double first = Double.isNaN(values[a]) ? min : values[a];
            double last = Double.isNaN(values[b - 1]) ? max : values[b - 1];
            double mid = (a + b - 1) / 2.0;
            out.add(a, first);
            out.add(mid, last >= first ? min : max);
            out.add(mid, last >= first ? max : min);
            out.add(b - 1, last);
        }
        return out;
    }

    private void ensurePyramid() {
        if (!pyramidBuilt) {
            mins.build(values, size);
            maxs.build(values, size);
            pyramidBuilt = true;
        } else if (dirtyFrom < size) {
            mins.update(values, dirtyFrom, size);
            maxs.update(values, dirtyFrom, size);
        }
        dirtyFrom = Integer.MAX_VALUE;
    }

    public static ReducedLine reduce(double[] y, int size, int from, int to, int pixelWidth, ReducedLine out) {
        if (pixelWidth <= 0) throw new IllegalArgumentException("Pixel width must be positive, was " + pixelWidth);
        int lo = Math.max(0, from);
        int hi = Math.min(Math.min(size, y.length), to);
        out.size = 0;
        if (hi <= lo) return out;
        int n = hi - lo;
        if (n <= pixelWidth) {
            out.ensureCapacity(n);
            for (int i = lo; i < hi; i++) if (!Double.isNaN(y[i])) out.add(i, y[i]);
            return out;
        }
        out.ensureCapacity(4 * pixelWidth);
        int col = -1;
        int first = -1, min = -1, max = -1, last = -1;
        for (int i = lo; i < hi; i++) {
            double v = y[i];
            if (Double.isNaN(v)) continue;
            int c = (int) ((long) (i - lo) * pixelWidth / n);
            if (c != col) {
                emit(y, first, min, max, last, out);
                col = c;
                first = min = max = i;
            }
            if (v < y[min]) min = i;
            if (v > y[max]) max = i;
            last = i;
        }
        emit(y, first, min, max, last, out);
        return out;
    }

    private static void emit(double[] y, int first, int min, int max, int last, ReducedLine out) {
        if (first < 0) return;
        out.add(first, y[first]);
        int a = Math.min(min, max);
        int b = Math.max(min, max);
        if (a != first) out.add(a, y[a]);
        if (b != a && b != first) out.add(b, y[b]);
        if (last != b && last != first) out.add(last, y[last]);
    }
}
