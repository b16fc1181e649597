package dev.meridian.core.market;

/**
 * Anything that consumes a bar stream: a new bar is appended, or the last (live) bar is revised in place.
 * {@link BarSeries}, every streaming indicator and a chart's set of active indicators take bars this way,
 * so an aggregator or a live feed can push into any of them.
 */
public interface BarSink {

    /** A new bar opening at {@code time} (epoch milliseconds), after the previous one. */
    void append(long time, double open, double high, double low, double close, double volume);

    /** New values for the last appended bar. */
    void reviseLast(double open, double high, double low, double close, double volume);

    /** One sink that forwards every bar to each of {@code sinks} in order (e.g. a series and its chart's indicators). */
    static BarSink fanOut(BarSink... sinks) {
        BarSink[] targets = sinks.clone();
        return new BarSink() {
            @Override
            public void append(long time, double open, double high, double low, double close, double volume) {
                for (BarSink s : targets) s.append(time, open, high, low, close, volume);
            }

            @Override
            public void reviseLast(double open, double high, double low, double close, double volume) {
                for (BarSink s : targets) s.reviseLast(open, high, low, close, volume);
            }
        };
    }
}
