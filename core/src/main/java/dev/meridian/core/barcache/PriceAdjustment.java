package dev.meridian.core.barcache;

import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.domain.CorporateActionType;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.TradingSession;
import java.util.Comparator;
import java.util.List;

/**
 * Back-adjusts bars for splits and dividends (the method Yahoo and most charting sites use): every bar before an
 * ex-date is scaled by the action's factor, factors of later actions multiply. The newest prices stay as traded.
 */
public final class PriceAdjustment {

    private PriceAdjustment() {
    }

    public static BarSeries adjust(BarSeries bars, List<CorporateAction> actions, TradingSession session, Adjustment adjustment) {
        if (adjustment == Adjustment.NONE || actions.isEmpty() || bars.isEmpty()) return bars.copy();
        List<CorporateAction> newestFirst = actions.stream()
                .filter(a -> a.type() == CorporateActionType.SPLIT || adjustment == Adjustment.SPLITS_AND_DIVIDENDS)
                .sorted(Comparator.comparing(CorporateAction::exDate).reversed()).toList();
        BarSeries out = bars.copy();
        double[] o = out.opens(), h = out.highs(), l = out.lows(), c = out.closes(), v = out.volumes();
        double priceFactor = 1;
        double volumeFactor = 1;
        int next = 0;
        for (int i = out.size() - 1; i >= 0; i--) {
            while (next < newestFirst.size() && session.openOn(newestFirst.get(next).exDate()) > out.time(i)) {
                CorporateAction a = newestFirst.get(next++);
                if (a.type() == CorporateActionType.SPLIT) {
                    double ratio = a.splitFrom().doubleValue() / a.splitTo().doubleValue();
                    priceFactor *= ratio;
                    volumeFactor /= ratio;
                } else if (bars.close(i) > 0) {
                    // Bar i is the last one before the ex-date: its raw close is the "previous close".
                    priceFactor *= 1 - a.dividendPerShare().amount().doubleValue() / bars.close(i);
                }
            }
            if (priceFactor == 1 && volumeFactor == 1) continue;
            o[i] *= priceFactor;
            h[i] *= priceFactor;
            l[i] *= priceFactor;
            c[i] *= priceFactor;
            v[i] *= volumeFactor;
        }
        return out;
    }
}
