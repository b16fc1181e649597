package dev.meridian.charts.lod;

import java.util.Arrays;

/** Points of a line series after reduction; buffers are reused, valid up to {@link #size()}. */
public final class ReducedLine {

    double[] x = new double[0];
    double[] y = new double[0];
    int size;

    void ensureCapacity(int n) {
        if (x.length >= n) return;
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
    }

    void add(double xv, double yv) {
        x[size] = xv;
        y[size] = yv;
        size++;
    }

    public int size() { return size; }
    public double x(int i) { return x[i]; }
    public double y(int i) { return y[i]; }

    /** The backing arrays (valid up to size); handed to a data set that copies them. */
    public double[] xs() { return x; }
    public double[] ys() { return y; }

    public double minY() {
        double m = Double.NaN;
        for (int i = 0; i < size; i++) if (!Double.isNaN(y[i]) && (Double.isNaN(m) || y[i] < m)) m = y[i];
        return m;
    }

    public double maxY() {
        double m = Double.NaN;
        for (int i = 0; i < size; i++) if (!Double.isNaN(y[i]) && (Double.isNaN(m) || y[i] > m)) m = y[i];
        return m;
    }
}
