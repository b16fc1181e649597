package dev.meridian.core.portfolio.statement;

import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.domain.CorporateActionType;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Dividends expected on a holding within a horizon. A stored dividend with an ex-date after
 * {@code today} is announced; without one, each dividend of the past year is repeated one year
 * later and marked as an estimate (never shown as announced).
 */
public final class UpcomingDividends {

    private UpcomingDividends() {}

    public static List<ExpectedDividend> of(Instrument instrument, BigDecimal quantity, List<CorporateAction> actions,
                                            LocalDate today, int horizonDays) {
        LocalDate end = today.plusDays(horizonDays);
        List<CorporateAction> dividends = actions.stream()
                .filter(a -> a.type() == CorporateActionType.DIVIDEND && a.dividendPerShare() != null).toList();
        List<ExpectedDividend> out = new ArrayList<>();
        for (CorporateAction a : dividends) {
            if (a.exDate().isAfter(today) && !a.exDate().isAfter(end)) out.add(expected(instrument, quantity, a.exDate(), a.dividendPerShare(), true));
        }
        if (!out.isEmpty()) return out;
        for (CorporateAction a : dividends) {
            LocalDate next = a.exDate().plusYears(1);
            if (next.isAfter(today) && !next.isAfter(end)) out.add(expected(instrument, quantity, next, a.dividendPerShare(), false));
        }
        out.sort(Comparator.comparing(ExpectedDividend::exDate));
        return out;
    }

    private static ExpectedDividend expected(Instrument i, BigDecimal quantity, LocalDate exDate, Money perShare, boolean announced) {
        return new ExpectedDividend(i, exDate, perShare, quantity, perShare.times(quantity), announced);
    }
}
