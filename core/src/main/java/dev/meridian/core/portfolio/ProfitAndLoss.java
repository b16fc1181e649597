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
        Money cost = Money.zero(currency);
        Money value = Money.zero(currency);
        for (LotPnl l : lots(p, asOf, currency)) {
            cost = cost.plus(l.cost());
            value = value.plus(l.marketValue());
        }
        Money income = Money.zero(currency);
        for (Transaction t : dividends().getOrDefault(new PositionKey(p.accountId(), p.instrumentId()), List.of())) {
            income = income.plus(fx.convert(t.amount(), currency, t.date()));
        }
        return new PnlSummary(cost, value, realized(p.realized(), currency), income, Money.zero(currency));
    }

    /** All positions of the accounts plus their dividends, interest, fees and taxes. */
    public PnlSummary accounts(Set<Long> accountIds, LocalDate asOf, String currency) {
        PnlSummary total = PnlSummary.zero(currency);
        for (Position p : ledger.positions()) {
            if (!accountIds.contains(p.accountId())) continue;
            Money cost = Money.zero(currency);
            Money value = Money.zero(currency);
            for (LotPnl l : lots(p, asOf, currency)) {
                cost = cost.plus(l.cost());
                value = value.plus(l.marketValue());
            }
            Money z = Money.zero(currency);
            total = total.plus(new PnlSummary(cost, value, realized(p.realized(), currency), z, z));
        }
        Money income = Money.zero(currency);
        Money charges = Money.zero(currency);
        for (Transaction t : ledger.transactions()) {
            if (!accountIds.contains(t.accountId())) continue;
            switch (t.type()) {
                case DIVIDEND, INTEREST -> income = income.plus(fx.convert(t.amount(), currency, t.date()));
                case FEE, TAX -> charges = charges.minus(fx.convert(t.amount(), currency, t.date()));
                default -> { }
            }
        }
        Money z = Money.zero(currency);
        return total.plus(new PnlSummary(z, z, z, income, charges));
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

    private Money realized(List<RealizedGain> gains, String currency) {
        Money sum = Money.zero(currency);
        for (RealizedGain g : gains) {
            sum = sum.plus(fx.convert(g.proceeds(), currency, g.sold())).minus(fx.convert(g.cost(), currency, g.acquired()));
        }
        return sum;
    }
}
