package dev.meridian.app.charts;

import dev.meridian.core.domain.Instrument;
import dev.meridian.core.market.BarAggregator;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.market.TradingSession;
import dev.meridian.core.repo.BarRepository;

/**
 * Loads the bars a chart shows: intraday timeframes are aggregated from stored 1-minute bars, 1W and 1M
 * from stored daily bars, each along the instrument's trading session. Blocking: call off the FX thread.
 */
final class ChartBars {

    private final BarRepository bars;

    ChartBars(BarRepository bars) {
        this.bars = bars;
    }

    BarSeries load(Instrument instrument, Timeframe timeframe) {
        Timeframe source = timeframe.isIntraday() ? Timeframe.M1 : Timeframe.D1;
        BarSeries stored = bars.load(instrument.id(), source);
        if (timeframe == source) return stored;
        return BarAggregator.aggregate(stored, TradingSession.of(instrument), timeframe);
    }

    boolean hasMinuteBars(Instrument instrument) {
        return bars.count(instrument.id(), Timeframe.M1) > 0;
    }
}
