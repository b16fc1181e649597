package dev.meridian.core.alerts;

import java.util.Arrays;

/**
 * Recent prices for a percent-move alert, thinned to at most ~{@value #RESOLUTION} samples per window so a busy
 * feed costs bounded memory: a price within 1/{@value #RESOLUTION} of a window after the last sample replaces it.
 */
final class PriceWindow {

    static final int RESOLUTION = 256;

    private final long window;
    private final long spacing;
    private long[] times = new long[RESOLUTION + 8];
    private double[] prices = new double[RESOLUTION + 8];
    private int head;
    private int size;

    PriceWindow(long windowMillis) {
        this.window = windowMillis;
        this.spacing = Math.max(1, windowMillis / RESOLUTION);
    }

    /** Adds the price and returns its move in percent against the price one window earlier (or the oldest kept). */
    double movePercent(long time, double price) {
        if (Double.isNaN(price)) return Double.NaN;
        add(time, price);
        // Keep one sample at or before the window's start: it is the reference price.
        while (size > 1 && times[index(1)] <= time - window) {
            head = (head + 1) % times.length;
            size--;
        }
        double reference = prices[head];
        return reference == 0 ? Double.NaN : (price / reference - 1) * 100.0;
    }

    private void add(long time, double price) {
        if (size > 0) {
            int last = index(size - 1);
            if (time < times[last]) return;
            if (time < times[last] + spacing && size > 1) {
                prices[last] = price;
                return;
            }
        }
        if (size == times.length) grow();
        int at = index(size);
        times[at] = time;
        prices[at] = price;
        size++;
    }

    private int index(int k) {
        return (head + k) % times.length;
    }

    private void grow() {
        long[] t = new long[times.length * 2];
        double[] p = new double[prices.length * 2];
        for (int k = 0; k < size; k++) {
            t[k] = times[index(k)];
            p[k] = prices[index(k)];
        }
        times = t;
        prices = p;
        head = 0;
        Arrays.fill(t, size, t.length, 0);
    }
}
