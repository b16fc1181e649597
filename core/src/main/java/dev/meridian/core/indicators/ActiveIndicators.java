package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.BarSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Every indicator active on one chart: a bar pushed here (new or a revision of the live bar) goes through
 * all of them, so the chart and its panes stay in step with the price series. Not thread-safe.
 */
public final class ActiveIndicators implements BarSink {

    private final List<StreamingIndicator> indicators = new ArrayList<>();
    private int size;
    private long lastTime;

    /**
     * Adds an indicator and brings it up to date with {@code history} (the bars pushed so far), so an
     * indicator added to a running chart lines up with the others.
     */
    public void add(StreamingIndicator indicator, BarSeries history) {
        if (indicator.size() != 0) {
            throw new IllegalArgumentException(indicator.name() + " has already seen " + indicator.size() + " bars");
        }
        if (history.size() != size) {
            throw new IllegalArgumentException("history has " + history.size() + " bars, the indicators have " + size);
        }
        if (size > 0 && history.time(size - 1) != lastTime) {
            throw new IllegalArgumentException("history ends at " + history.time(size - 1) + ", the indicators at " + lastTime);
        }
        for (int i = 0; i < history.size(); i++) {
            indicator.append(history.time(i), history.open(i), history.high(i), history.low(i), history.close(i),
                    history.volume(i));
        }
        indicators.add(indicator);
    }

    public boolean remove(StreamingIndicator indicator) {
        return indicators.remove(indicator);
    }

    public List<StreamingIndicator> indicators() {
        return List.copyOf(indicators);
    }

    public int size() {
        return size;
    }

    @Override
    public void append(long time, double open, double high, double low, double close, double volume) {
        // Checked here, before any indicator sees the bar, so a rejected bar leaves all of them unchanged.
        if (size > 0 && time <= lastTime) {
            throw new IllegalArgumentException("Bar time " + time + " is not after the last bar " + lastTime);
        }
        for (StreamingIndicator s : indicators) s.append(time, open, high, low, close, volume);
        size++;
        lastTime = time;
    }

    @Override
    public void reviseLast(double open, double high, double low, double close, double volume) {
        if (size == 0) throw new IllegalStateException("no bar to revise");
        for (StreamingIndicator s : indicators) s.reviseLast(open, high, low, close, volume);
    }
}
