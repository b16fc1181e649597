package dev.meridian.app.charts;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.market.BarAggregator;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.market.TradingSession;
import dev.meridian.core.repo.BarRepository;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

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
        return BarAggregator.aggregate(stored, session(instrument), timeframe);
    }

    boolean hasMinuteBars(Instrument instrument) {
        return bars.count(instrument.id(), Timeframe.M1) > 0;
    }

    /**
     * The instrument's session: crypto and FX trade around the clock, US-listed securities keep New York
     * regular hours, anything else Monday to Friday 09:00-17:30 in its exchange's zone.
     */
    static TradingSession session(Instrument instrument) {
        ZoneId zone = ZoneId.of(instrument.timeZone());
        if (instrument.assetClass() == AssetClass.CRYPTO || instrument.assetClass() == AssetClass.FX) {
            return TradingSession.allDay(zone);
        }
        if (zone.getId().equals("America/New_York")) return TradingSession.usEquities();
        return new TradingSession(zone, LocalTime.of(9, 0), LocalTime.of(17, 30), false,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }
}
