package dev.meridian.app.portfolios;

import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.statement.HoldingLine;
import dev.meridian.core.portfolio.statement.HoldingsStatement;
import java.math.BigDecimal;

/** One row of the holdings table, or its totals row ({@code line} null; per-unit columns empty). */
public record HoldingRow(HoldingLine line, String symbol, String name, BigDecimal quantity, Money averageCost, Money cost, Money value,
                         Money dayChange, Double dayChangePercent, Money unrealized, Money realized,
                         BigDecimal weight) {

    static HoldingRow of(HoldingLine l) {
        return new HoldingRow(l, l.instrument().symbol(), l.instrument().name(), l.quantity(), l.averageCost(), l.cost(), l.marketValue(),
                l.dayChange(), l.dayChangePercent(), l.unrealized(), l.realized(), l.weight());
    }

    /** Sums of the open holdings; realized includes closed positions (it is the scope's whole realized P&L). */
    static HoldingRow total(HoldingsStatement s) {
        Money cost = s.totals().cost();
        Money value = s.totals().marketValue();
        BigDecimal weight = s.total().isZero() ? BigDecimal.ZERO : value.amount().divide(s.total().amount(), java.math.MathContext.DECIMAL64);
        return new HoldingRow(null, "Total", s.lines().size() + " holdings", null, null, cost, value, s.dayChange(), s.dayChangePercent(),
                value.minus(cost), s.totals().realized(), weight);
    }
}
