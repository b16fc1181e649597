package dev.meridian.core.indicators;

/** Streaming indicator backed by a {@link BarKernel}. */
final class KernelStream extends StreamingIndicator {

    private final BarKernel kernel;
    private final int outputs;

    KernelStream(BarKernel kernel, String name, String... outputNames) {
        super(name, outputNames);
        this.kernel = kernel;
        this.outputs = outputNames.length;
    }

    @Override
    protected void computeLive(long time, double open, double high, double low, double close, double volume) {
        kernel.live(time, open, high, low, close, volume);
        for (int k = 0; k < outputs; k++) set(k, kernel.output(k));
    }

    @Override
    protected void commitLive() {
        kernel.commit();
    }
}
