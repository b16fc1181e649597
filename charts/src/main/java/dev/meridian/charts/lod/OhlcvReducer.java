package dev.meridian.charts.lod;

/**
 * Reduces the visible bars to the pixel grid: per pixel column the open of the first bar, the highest
 * high, the lowest low, the close of the last bar and the summed volume. Work is proportional to the
 * number of visible bars; the output size to the pixel width, so drawing cost depends on the chart width only.
 */
public final class OhlcvReducer {

    /**
     * Below this many bars per column a plain scan is cheaper than the block pyramid, whose column edges scan up
     * to two 1024-bar blocks each; it is also when the pyramid is first built, so a chart that is never zoomed
     * out this far never holds one.
     */
    static final int PYRAMID_MIN_BARS_PER_COLUMN = 4 << BlockPyramid.BASE_SHIFT;

    private final BlockPyramid highs = new BlockPyramid(BlockPyramid.Op.MAX);
    private final BlockPyramid lows = new BlockPyramid(BlockPyramid.Op.MIN);
    private final BlockPyramid volumes = new BlockPyramid(BlockPyramid.Op.SUM);
    private double[] open = new double[0];
    private double[] high = new double[0];
    private double[] low = new double[0];
    private double[] close = new double[0];
    private double[] volume = new double[0];
    private int size;
    private boolean pyramidBuilt;
    private int pyramidDirtyFrom = Integer.MAX_VALUE;

    /** Points the reducer at new columns (not copied); the pyramid is rebuilt when first needed. */
    public void setData(double[] open, double[] high, double[] low, double[] close, double[] volume, int size) {
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.size = size;
        this.pyramidBuilt = false;
        this.pyramidDirtyFrom = Integer.MAX_VALUE;
    }

    /** Bars from {@code fromIndex} were appended or revised (arrays may have been reallocated). */
    public void dataChanged(double[] open, double[] high, double[] low, double[] close, double[] volume, int fromIndex, int newSize) {
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.size = newSize;
        pyramidDirtyFrom = Math.min(pyramidDirtyFrom, fromIndex);
    }

    /** Reduces bars {@code [from, to)} to at most {@code pixelWidth} entries. */
    public ReducedBars reduce(int from, int to, int pixelWidth, ReducedBars out) {
        int lo = Math.max(0, from);
        int hi = Math.min(size, to);
        int n = hi - lo;
        if (pixelWidth <= 0 || n < (long) PYRAMID_MIN_BARS_PER_COLUMN * pixelWidth) {
            return reduce(open, high, low, close, volume, size, from, to, pixelWidth, out);
        }
        ensurePyramid();
        out.ensureCapacity(pixelWidth);
        out.aggregated = true;
        double barsPerColumn = (double) n / pixelWidth;
        for (int c = 0; c < pixelWidth; c++) {
            int a = lo + (int) (((long) c * n + pixelWidth - 1) / pixelWidth);
            int b = lo + (int) (((long) (c + 1) * n + pixelWidth - 1) / pixelWidth);
            out.x[c] = lo + (c + 0.5) * barsPerColumn - 0.5;
            out.open[c] = open[a];
            out.high[c] = highs.query(high, a, b);
            out.low[c] = lows.query(low, a, b);
            out.close[c] = close[b - 1];
            out.volume[c] = volumes.query(volume, a, b);
        }
        out.size = pixelWidth;
        return out;
    }

    /** Bytes held by the block pyramids (0 until a view first needs them). */
    public long pyramidBytes() {
        return highs.bytes() + lows.bytes() + volumes.bytes();
    }

    private void ensurePyramid() {
        if (!pyramidBuilt) {
            highs.build(high, size);
            lows.build(low, size);
            volumes.build(volume, size);
            pyramidBuilt = true;
        } else if (pyramidDirtyFrom < size) {
            highs.update(high, pyramidDirtyFrom, size);
            lows.update(low, pyramidDirtyFrom, size);
            volumes.update(volume, pyramidDirtyFrom, size);
        }
        pyramidDirtyFrom = Integer.MAX_VALUE;
    }

    /**
     * @param from       first visible bar index (inclusive, clamped to the data)
     * @param to         last visible bar index (exclusive, clamped to the data)
     * @param pixelWidth plot width in pixels; when {@code to - from <= pixelWidth} the real bars are copied
     * @param out        reused output buffers
     */
    public static ReducedBars reduce(double[] open, double[] high, double[] low, double[] close, double[] volume,
                                     int size, int from, int to, int pixelWidth, ReducedBars out) {
        if (pixelWidth <= 0) throw new IllegalArgumentException("Pixel width must be positive, was " + pixelWidth);
        int lo = Math.max(0, from);
        int hi = Math.min(size, to);
        out.size = 0;
        out.aggregated = false;
        if (hi <= lo) return out;
        int n = hi - lo;
        if (n <= pixelWidth) {
            copyBars(open, high, low, close, volume, lo, hi, out);
            return out;
        }
        out.ensureCapacity(pixelWidth);
        out.aggregated = true;
        double barsPerColumn = (double) n / pixelWidth;
        int col = -1;
        int k = -1;
        for (int i = lo; i < hi; i++) {
            int c = (int) ((long) (i - lo) * pixelWidth / n);
            if (c != col) {
                col = c;
                k++;
                out.x[k] = lo + (c + 0.5) * barsPerColumn - 0.5;
                out.open[k] = open[i];
                out.high[k] = high[i];
                out.low[k] = low[i];
                out.volume[k] = 0;
            }
            if (high[i] > out.high[k]) out.high[k] = high[i];
            if (low[i] < out.low[k]) out.low[k] = low[i];
            out.close[k] = close[i];
            out.volume[k] += volume[i];
        }
        out.size = k + 1;
        return out;
    }

    private static void copyBars(double[] open, double[] high, double[] low, double[] close, double[] volume,
                                 int lo, int hi, ReducedBars out) {
        int n = hi - lo;
        out.ensureCapacity(n);
        for (int j = 0; j < n; j++) out.x[j] = lo + j;
        System.arraycopy(open, lo, out.open, 0, n);
        System.arraycopy(high, lo, out.high, 0, n);
        System.arraycopy(low, lo, out.low, 0, n);
        System.arraycopy(close, lo, out.close, 0, n);
        System.arraycopy(volume, lo, out.volume, 0, n);
        out.size = n;
    }
}
