package dev.meridian.core.indicators;

/** Argument checks and input scanning shared by the kernels: bad parameters fail before any output is touched. */
final class Inputs {

    private Inputs() {
    }

    static void require(int period, String name) {
        if (period < 1) throw new IllegalArgumentException(name + " must be at least 1, was " + period);
    }

    static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, was " + value);
        }
    }

    static void requireSameLength(int n, double[] array, String name) {
        if (array.length < n) {
            throw new IllegalArgumentException(name + " has " + array.length + " values, needs at least " + n);
        }
    }

    /** The caller's output array, or a fresh one when {@code out} is null. */
    static double[] output(double[] out, int n, String name) {
        if (out == null) return new double[n];
        requireSameLength(n, out, name);
        return out;
    }

    static void requireCount(int n, int available, String name) {
        if (n < 0 || n > available) {
            throw new IllegalArgumentException(name + ": count " + n + " outside 0.." + available);
        }
    }

    /** Index of the first non-NaN value among the first {@code n}, or {@code n}. */
    static int firstValid(double[] in, int n) {
        int i = 0;
        while (i < n && Double.isNaN(in[i])) i++;
        return i;
    }
}
