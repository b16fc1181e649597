package dev.meridian.core.barcache;

import dev.meridian.core.domain.Instrument;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.market.TradingSession;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.CorporateActionRepository;

/** Serves cached bars as stored (unadjusted) or adjusted for the stored splits and dividends. */
public final class CachedSeries {

    private final BarRepository bars;
    private final CorporateActionRepository actions;

    public CachedSeries(BarRepository bars, CorporateActionRepository actions) {
        this.bars = bars;
        this.actions = actions;
    }

    public BarSeries load(Instrument instrument, Timeframe timeframe, Adjustment adjustment) {
        BarSeries stored = bars.load(instrument.id(), timeframe);
        if (adjustment == Adjustment.NONE) return stored;
        return PriceAdjustment.adjust(stored, actions.forInstrument(instrument.id()), TradingSession.of(instrument), adjustment);
    }
}
