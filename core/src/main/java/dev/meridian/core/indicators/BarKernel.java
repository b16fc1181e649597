package dev.meridian.core.indicators;

/**
 * One indicator's per-bar computation under the live/commit contract (see {@link Smoothing}):
 * {@link #live} computes every output for the bar being formed from committed state only, {@link #commit}
 * folds that bar in for good. Batch kernels loop over a concrete kernel class (so the JIT inlines it);
 * {@link KernelStream} wraps the same kernel for streaming, which is why the two agree bit for bit.
 */
interface BarKernel {

    void live(long time, double open, double high, double low, double close, double volume);

    void commit();

    /** Output {@code k} of the last {@link #live} call. */
    double output(int k);
}
