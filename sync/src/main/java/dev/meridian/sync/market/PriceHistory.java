package dev.meridian.sync.market;

import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.market.BarSeries;
import java.util.List;

/** What a provider returned for one history request: ascending bars and the splits/dividends in range. */
public record PriceHistory(BarSeries bars, List<CorporateAction> corporateActions) {
    public PriceHistory {
        corporateActions = List.copyOf(corporateActions);
    }
}
