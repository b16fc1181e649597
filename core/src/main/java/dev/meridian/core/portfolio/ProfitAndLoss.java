package dev.meridian.core.portfolio;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.fx.FxRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Realized and unrealized P&L of the ledger's current positions in any currency, with historical
 * rates: a lot's cost converts at the rate of its acquisition day, a sale's proceeds and any income
 * at the rate of their booking day, market value at the rate of the valuation day. Market value is
 * exact: quantity times the close's decimal value. Not thread-safe (it caches dividends per position
 * on first use); it reads the ledger as it is when first asked.
 */
public final class ProfitAndLoss {

    private final Ledger ledger;
    private final PriceHistory prices;
    private final FxRates fx;
    private Map<PositionKey, List<Transaction>> dividendsByPosition;

    public ProfitAndLoss(Ledger ledger, PriceHistory prices, FxRates fx) {
        this.ledger = ledger;
        this.prices = prices;
        this.fx = fx;
    }

    public LotPnl lot(Lot lot, LocalDate asOf, String currency) {
        Money cost = fx.convert(lot.cost(), currency, lot.acquired());
        String instrumentCcy = prices.instrument(lot.instrumentId()).currency();
        BigDecimal close = BigDecimal.valueOf(prices.closeOn(lot.instrumentId(), asOf));
        Money value = fx.convert(new Money(lot.quantity().multiply(close), instrumentCcy), currency, asOf);
        return new LotPnl(lot, cost, value);
    }

    public List<LotPnl> lots(Position p, LocalDate asOf, String currency) {
        List<LotPnl> out = new ArrayList<>();
        for (Lot l : p.lots()) out.add(lot(l, asOf, currency));
        return out;
    }

    /** The position's open lots, its realized gains, and the dividends booked on it. */
    public PnlSummary position(Position p, LocalDate asOf, String currency) {
        BigDecimal income = BigDecimal.ZERO;
        for (Transaction t : dividends().getOrDefault(new PositionKey(p.accountId(), p.instrumentId()), List.of())) {
            income = income.add(amountIn(t.amount(), currency, t.date()));
        }
        return positionWithoutIncome(p, asOf, currency).plus(
                new PnlSummary(Money.zero(currency), Money.zero(currency), Money.zero(currency), new Money(income, currency), Money.zero(currency)));
    }

    /** All positions of the accounts plus their dividends, interest, fees and taxes. */
    public PnlSummary accounts(Set<Long> accountIds, LocalDate asOf, String currency) {
        PnlSummary total = PnlSummary.zero(currency);
        for (Position p : ledger.positions()) {
            if (accountIds.contains(p.accountId())) total = total.plus(positionWithoutIncome(p, asOf, currency));
        }
        BigDecimal income = BigDecimal.ZERO;
        BigDecimal charges = BigDecimal.ZERO;
        for (Transaction t : ledger.transactions()) {
            if (!accountIds.contains(t.accountId())) continue;
            switch (t.type()) {
                case DIVIDEND, INTEREST -> income = income.add(amountIn(t.amount(), currency, t.date()));
                case FEE, TAX -> charges = charges.subtract(amountIn(t.amount(), currency, t.date()));
                default -> { }
            }
        }
        Money z = Money.zero(currency);
        return total.plus(new PnlSummary(z, z, z, new Money(income, currency), new Money(charges, currency)));
    }

    /** Sums as plain decimals: a {@link Money} per lot would cost more than the arithmetic. */
    private PnlSummary positionWithoutIncome(Position p, LocalDate asOf, String currency) {
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        if (p.isOpen()) {
            String instrumentCcy = prices.instrument(p.instrumentId()).currency();
            BigDecimal close = BigDecimal.valueOf(prices.closeOn(p.instrumentId(), asOf));
            BigDecimal quantity = BigDecimal.ZERO;
            for (Lot l : p.lots()) {
                cost = cost.add(amountIn(l.cost(), currency, l.acquired()));
                quantity = quantity.add(l.quantity());
            }
            value = amountIn(new Money(quantity.multiply(close), instrumentCcy), currency, asOf);
        }
        BigDecimal realized = BigDecimal.ZERO;
        for (RealizedGain g : p.realized()) {
            realized = realized.add(amountIn(g.proceeds(), currency, g.sold())).subtract(amountIn(g.cost(), currency, g.acquired()));
        }
        Money z = Money.zero(currency);
        return new PnlSummary(new Money(cost, currency), new Money(value, currency), new Money(realized, currency), z, z);
    }

    private BigDecimal amountIn(Money m, String currency, LocalDate date) {
        return m.currency().equals(currency) ? m.amount() : m.amount().multiply(fx.rate(date, m.currency(), currency));
    }

    private Map<PositionKey, List<Transaction>> dividends() {
        if (dividendsByPosition == null) {
            dividendsByPosition = new HashMap<>();
            for (Transaction t : ledger.transactions()) {
                if (t.type() == TransactionType.DIVIDEND && t.instrumentId() != null) {
                    dividendsByPosition.computeIfAbsent(new PositionKey(t.accountId(), t.instrumentId()), k -> new ArrayList<>()).add(t);
                }
            }
        }
        return dividendsByPosition;
    }
}
