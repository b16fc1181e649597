package dev.meridian.core.portfolio.statement;

import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.PnlSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * The open holdings of a scope on one day, its cash, and its totals. {@code totals} covers every
 * position of the scope, closed ones too (their realized gains), plus dividends, interest, fees and
 * taxes; {@code total} is holdings plus cash, the scope's net worth.
 */
public record HoldingsStatement(StatementScope scope, LocalDate asOf, List<HoldingLine> lines, Money cash, PnlSummary totals,
                                Money dayChange, Money total) {

    public HoldingsStatement {
        lines = List.copyOf(lines);
    }

    /** The day's change as a fraction of the holdings' value before it. */
    public double dayChangePercent() {
        double before = totals.marketValue().amount().doubleValue() - dayChange.amount().doubleValue();
        return before == 0 ? 0 : dayChange.amount().doubleValue() / before;
    }
}
