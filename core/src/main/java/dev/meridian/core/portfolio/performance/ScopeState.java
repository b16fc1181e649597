package dev.meridian.core.portfolio.performance;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.portfolio.DailyCloses;
import dev.meridian.core.portfolio.PositionKey;
import dev.meridian.core.portfolio.Precision;
import dev.meridian.core.portfolio.PriceHistory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quantities and cash of a scope while its bookings are replayed day by day; see {@link Valuation}.
 * Quantities and cash are summed exactly, so a closed position or an emptied account is exactly
 * zero and never leaves a rounding crumb that a daily return would divide by.
 */
final class ScopeState {

    private final PerformanceScope scope;
    private final Map<Long, Integer> index;
    private final DayRates rates;
    private final Map<PositionKey, BigDecimal> held = new HashMap<>();
    private final BigDecimal[] exactQuantity;
    private final double[] quantity;
    private final double[] lastTradePrice;
    private final String[] currency;
    private final DailyCloses[] closes;
    private final int[] cursor;
    private final Map<String, BigDecimal> cash = new HashMap<>();
    private int day;

    ScopeState(PerformanceScope scope, List<Long> instrumentIds, Map<Long, Integer> index, PriceHistory prices, DayRates rates) {
        this.scope = scope;
        this.index = index;
        this.rates = rates;
        int n = instrumentIds.size();
        exactQuantity = new BigDecimal[n];
        Arrays.fill(exactQuantity, BigDecimal.ZERO);
        quantity = new double[n];
        lastTradePrice = new double[n];
        currency = new String[n];
        closes = new DailyCloses[n];
        cursor = new int[n];
        for (int i = 0; i < n; i++) {
            long id = instrumentIds.get(i);
            currency[i] = prices.instrument(id).currency();
            closes[i] = prices.closesOf(id).orElse(null);
            cursor[i] = -1;
        }
    }

    /** Advances to a later valuation day; closes are followed with per-instrument cursors. */
    void moveTo(int epochDay) {
        day = epochDay;
        for (int i = 0; i < closes.length; i++) {
            DailyCloses c = closes[i];
            if (c == null) continue;
            int k = cursor[i];
            while (k + 1 < c.size() && c.day(k + 1) <= epochDay) k++;
            cursor[i] = k;
        }
    }

    /** Books one transaction; returns its external flow in the target currency when {@code measure} is set. */
    double apply(Transaction t, boolean measure) {
        boolean crosses = t.transferAccountId() == null || !scope.accountIds().contains(t.transferAccountId());
        Integer i = t.instrumentId() == null || t.quantity() == null ? null : index.get(t.instrumentId());
        if (i != null) applyQuantity(t, i);
        if (!scope.isSecurity()) cash.merge(t.amount().currency(), t.amount().amount(), BigDecimal::add);
        if (!measure) return 0;
        double amount = t.amount().amount().doubleValue() * rates.rate(t.amount().currency(), day);
        return switch (t.type()) {
            case DEPOSIT, WITHDRAWAL -> scope.isSecurity() ? 0 : amount;
            case TRANSFER_IN, TRANSFER_OUT -> crosses ? (scope.isSecurity() ? 0 : amount) + securityValue(t, i) : 0;
            case BUY, SELL, DIVIDEND -> scope.isSecurity() ? -amount : 0;
            default -> 0;
        };
    }

    private void applyQuantity(Transaction t, int i) {
        BigDecimal q = t.quantity();
        PositionKey key = new PositionKey(t.accountId(), t.instrumentId());
        BigDecimal before = held.getOrDefault(key, BigDecimal.ZERO);
        BigDecimal after = switch (t.type()) {
            case BUY, TRANSFER_IN -> before.add(q);
            case SELL, TRANSFER_OUT -> before.subtract(q);
            case SPLIT -> Precision.quantity(before.multiply(q));
            default -> before;
        };
        held.put(key, after);
        exactQuantity[i] = exactQuantity[i].add(after.subtract(before));
        quantity[i] = exactQuantity[i].doubleValue();
        if ((t.type() == TransactionType.BUY || t.type() == TransactionType.SELL) && t.price() != null) {
            lastTradePrice[i] = t.price().doubleValue();
        }
        if (t.type() == TransactionType.SPLIT && lastTradePrice[i] != 0) lastTradePrice[i] /= q.doubleValue();
    }

    private double securityValue(Transaction t, Integer i) {
        if (i == null) return 0;
        double v = t.quantity().doubleValue() * price(i) * rates.rate(currency[i], day);
        return t.type() == TransactionType.TRANSFER_IN ? v : -v;
    }

    private double price(int i) {
        return cursor[i] >= 0 ? closes[i].close(cursor[i]) : lastTradePrice[i];
    }

    double value() {
        double v = 0;
        for (int i = 0; i < quantity.length; i++) {
            if (quantity[i] != 0) v += quantity[i] * price(i) * rates.rate(currency[i], day);
        }
        for (var e : cash.entrySet()) {
            if (e.getValue().signum() != 0) v += e.getValue().doubleValue() * rates.rate(e.getKey(), day);
        }
        return v;
    }
}
