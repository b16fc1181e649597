package dev.meridian.core.demo;

import dev.meridian.core.market.BarSeries;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An instrument's generated daily bars (unadjusted, as traded) with the trading dates they belong to and
 * the corporate actions already reflected in them.
 */
public record DailyHistory(DemoInstrument instrument, LocalDate[] dates, BarSeries bars,
                           List<SplitEvent> splits, List<DividendEvent> dividends) {

    public DailyHistory {
        if (dates.length != bars.size()) throw new IllegalArgumentException("One date per bar is required");
        splits = List.copyOf(splits);
        dividends = List.copyOf(dividends);
    }

    public int size() {
        return dates.length;
    }

    public LocalDate firstDate() {
        return dates[0];
    }

    public LocalDate lastDate() {
        return dates[dates.length - 1];
    }

    /** Index of the bar on {@code date}, or -1 if the instrument did not trade that day. */
    public int indexOf(LocalDate date) {
        int i = Arrays.binarySearch(dates, date);
        return i >= 0 ? i : -1;
    }

    /** Index of the last bar on or before {@code date}, or -1 if the history starts later. */
    public int indexOnOrBefore(LocalDate date) {
        int i = Arrays.binarySearch(dates, date);
        return i >= 0 ? i : -i - 2;
    }

    public double closeAt(int index) {
        return bars.close(index);
    }

    public double lastClose() {
        return bars.close(bars.size() - 1);
    }

    /** The same history with different bars (e.g. daily highs and lows made consistent with minute bars). */
    public DailyHistory withBars(BarSeries newBars) {
        return new DailyHistory(instrument, dates, newBars, splits, dividends);
    }
}
