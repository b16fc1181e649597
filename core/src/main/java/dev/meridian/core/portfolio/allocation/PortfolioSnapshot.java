package dev.meridian.core.portfolio.allocation;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.Ledger;
import dev.meridian.core.portfolio.Position;
import dev.meridian.core.portfolio.PriceHistory;
import dev.meridian.core.portfolio.fx.FxRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Holdings and cash of a set of accounts on one day, valued exactly in one currency (quantity times
 * the close's decimal value, converted at that day's rate). Cash is the sum of the accounts'
 * bookings up to that day; account opening balances are not bookings and are not included.
 */
public record PortfolioSnapshot(LocalDate date, String currency, List<Holding> holdings, List<CashBalance> cash) {

    public PortfolioSnapshot {
        holdings = List.copyOf(holdings);
        cash = List.copyOf(cash);
    }

    /** Values the ledger's current positions at {@code date}'s closes; cash counts bookings up to {@code date}. */
    public static PortfolioSnapshot of(Ledger ledger, Set<Long> accountIds, PriceHistory prices, FxRates fx,
                                       LocalDate date, String currency) {
        Map<Long, BigDecimal> quantities = new TreeMap<>();
        for (Position p : ledger.positions()) {
            if (accountIds.contains(p.accountId()) && p.isOpen()) quantities.merge(p.instrumentId(), p.quantity(), BigDecimal::add);
        }
        List<Holding> holdings = new ArrayList<>();
        quantities.forEach((id, q) -> {
            var instrument = prices.instrument(id);
            Money local = new Money(q.multiply(BigDecimal.valueOf(prices.closeOn(id, date))), instrument.currency());
            holdings.add(new Holding(instrument, q, fx.convert(local, currency, date)));
        });
        Map<String, BigDecimal> balances = new TreeMap<>();
        for (Transaction t : ledger.transactions()) {
            if (accountIds.contains(t.accountId()) && !t.date().isAfter(date)) {
                balances.merge(t.amount().currency(), t.amount().amount(), BigDecimal::add);
            }
        }
        List<CashBalance> cash = new ArrayList<>();
        balances.forEach((ccy, amount) -> {
            Money m = new Money(amount, ccy);
            cash.add(new CashBalance(m, fx.convert(m, currency, date)));
        });
        return new PortfolioSnapshot(date, currency, holdings, cash);
    }

    public Money holdingsValue() {
        Money sum = Money.zero(currency);
        for (Holding h : holdings) sum = sum.plus(h.value());
        return sum;
    }

    public Money cashValue() {
        Money sum = Money.zero(currency);
        for (CashBalance c : cash) sum = sum.plus(c.value());
        return sum;
    }

    public Money total() {
        return holdingsValue().plus(cashValue());
    }
}
