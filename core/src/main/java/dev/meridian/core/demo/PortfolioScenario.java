package dev.meridian.core.demo;

import dev.meridian.core.demo.PortfolioPlan.SavingsLine;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Years of one portfolio's bookings, day by day: deposits, a monthly savings plan, occasional one-off buys
 * and sells, dividends for the shares held on each ex-date (net of withholding tax) and split bookings.
 * Every trade is priced at that day's generated close; cash never goes negative and no sale exceeds the
 * position.
 */
public final class PortfolioScenario {

    private static final int CORE_HOLDINGS = 3;
    private static final double BUYS_PER_YEAR = 6;
    private static final double SELLS_PER_YEAR = 1.5;
    /** A one-off buy is at most this many monthly deposits: the demo investor does not bet the farm. */
    private static final int MAX_BUY_IN_MONTHLY_DEPOSITS = 10;
    /** Sales take some profit or trim a position, worth at most this many monthly deposits. */
    private static final int MAX_SALE_IN_MONTHLY_DEPOSITS = 20;

    private final PortfolioPlan plan;
    private final long accountId;
    private final Map<String, DailyHistory> histories;
    private final Map<String, Long> instrumentIds;
    private final List<Transaction> out = new ArrayList<>();
    private final Map<String, Position> positions = new LinkedHashMap<>();
    private final Map<String, BigDecimal> saved = new HashMap<>();
    private final Map<String, YearMonth> lastSavingsRun = new HashMap<>();
    private final List<PendingDividend> pending = new ArrayList<>();
    private BigDecimal cash = BigDecimal.ZERO;

    public PortfolioScenario(PortfolioPlan plan, long accountId, Map<String, DailyHistory> histories, Map<String, Long> instrumentIds) {
        this.plan = plan;
        this.accountId = accountId;
        this.histories = histories;
        this.instrumentIds = instrumentIds;
        for (String symbol : symbols()) {
            if (!histories.containsKey(symbol) || !instrumentIds.containsKey(symbol)) {
                throw new IllegalArgumentException("Portfolio '" + plan.name() + "' needs history and id of " + symbol);
            }
        }
    }

    /** The portfolio's transactions in booking order, from {@code plan.years()} before {@code today}. */
    public List<Transaction> generate(LocalDate today, RandomGenerator rng) {
        LocalDate start = today.minusYears(plan.years()).withDayOfMonth(1).plusMonths(1);
        deposit(start, plan.openingDeposit(), "Opening deposit");
        boolean openingBuysDone = false;
        for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
            payDividends(d);
            if (d.getDayOfMonth() == 1 && d.isAfter(start)) deposit(d, monthlyDeposit(start, d), "Monthly deposit");
            corporateActions(d);
            if (!openingBuysDone) openingBuysDone = openingBuys(d);
            fundTax(d);
            runSavingsPlan(d);
            if (isWeekday(d) && rng.nextDouble() < BUYS_PER_YEAR / 260) discretionaryBuy(d, rng);
            if (isWeekday(d) && rng.nextDouble() < SELLS_PER_YEAR / 260) sell(d, rng);
        }
        return List.copyOf(out);
    }

    private List<String> symbols() {
        List<String> all = new ArrayList<>(plan.discretionary());
        plan.savingsPlan().forEach(l -> all.add(l.symbol()));
        return all;
    }

    private BigDecimal monthlyDeposit(LocalDate start, LocalDate d) {
        int years = d.getYear() - start.getYear();
        return plan.monthlyDeposit().multiply(BigDecimal.valueOf(Math.pow(1.05, years))).setScale(-1, RoundingMode.HALF_UP).setScale(2);
    }

    private void deposit(LocalDate d, BigDecimal amount, String description) {
        cash = cash.add(amount);
        out.add(Transaction.cash(accountId, TransactionType.DEPOSIT, d, money(amount), plan.institution(), description, null));
    }

    /** The investor starts with a few core positions so later splits and dividends have holders. */
    private boolean openingBuys(LocalDate d) {
        List<String> core = plan.discretionary().subList(0, Math.min(CORE_HOLDINGS, plan.discretionary().size()));
        if (core.stream().anyMatch(s -> histories.get(s).indexOf(d) < 0)) return false;
        BigDecimal each = cash.multiply(new BigDecimal("0.6")).divide(BigDecimal.valueOf(core.size()), 2, RoundingMode.DOWN);
        for (String symbol : core) buyFor(d, symbol, each, plan.discretionaryScale(), plan.tradeFee(), "Buy");
        return true;
    }

    /** Early in January, a small advance tax on accumulating funds (ETFs without distributions) held. */
    private void fundTax(LocalDate d) {
        if (plan.fundTaxRate().signum() == 0 || d.getMonthValue() != 1 || d.getDayOfMonth() != 2) return;
        BigDecimal value = BigDecimal.ZERO;
        for (Map.Entry<String, Position> e : positions.entrySet()) {
            DailyHistory h = histories.get(e.getKey());
            if (h.instrument().model().paysDividends() || e.getValue().quantity.signum() <= 0) continue;
            int i = h.indexOnOrBefore(d.minusDays(1));
            if (i >= 0) value = value.add(e.getValue().quantity.multiply(BigDecimal.valueOf(h.closeAt(i))));
        }
        BigDecimal tax = value.multiply(plan.fundTaxRate()).setScale(2, RoundingMode.HALF_UP);
        if (tax.signum() <= 0 || tax.compareTo(cash) > 0) return;
        cash = cash.subtract(tax);
        out.add(new Transaction(0, accountId, TransactionType.TAX, d, money(tax.negate()), null, null, null, null, money(tax),
                plan.institution(), "Advance lump-sum tax on accumulating funds (Vorabpauschale) " + (d.getYear() - 1),
                null, null, null, null, null));
    }

    private void runSavingsPlan(LocalDate d) {
        if (d.getDayOfMonth() < 5) return;
        YearMonth month = YearMonth.from(d);
        for (SavingsLine line : plan.savingsPlan()) {
            if (month.equals(lastSavingsRun.get(line.symbol())) || histories.get(line.symbol()).indexOf(d) < 0) continue;
            lastSavingsRun.put(line.symbol(), month);
            BigDecimal budget = saved.getOrDefault(line.symbol(), BigDecimal.ZERO).add(line.amount());
            BigDecimal spent = buyFor(d, line.symbol(), budget, plan.savingsScale(), plan.savingsFee(), "Savings plan");
            saved.put(line.symbol(), budget.subtract(spent).max(BigDecimal.ZERO));
        }
    }

    private void discretionaryBuy(LocalDate d, RandomGenerator rng) {
        String symbol = plan.discretionary().get(rng.nextInt(plan.discretionary().size()));
        if (histories.get(symbol).indexOf(d) < 0) return;
        BigDecimal reserved = saved.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal free = cash.subtract(reserved);
        BigDecimal amount = free.multiply(BigDecimal.valueOf(0.25 + 0.35 * rng.nextDouble())).setScale(2, RoundingMode.DOWN)
                .min(plan.monthlyDeposit().multiply(BigDecimal.valueOf(MAX_BUY_IN_MONTHLY_DEPOSITS)));
        if (amount.compareTo(plan.monthlyDeposit()) < 0) return;
        buyFor(d, symbol, amount, plan.discretionaryScale(), plan.tradeFee(), "Buy");
    }

    /** Buys as much as {@code budget} allows after fees; returns the cash spent (zero if nothing was bought). */
    private BigDecimal buyFor(LocalDate d, String symbol, BigDecimal budget, int scale, BigDecimal flatFee, String description) {
        BigDecimal price = price(symbol, d);
        BigDecimal perUnit = price.multiply(BigDecimal.ONE.add(plan.feeRate()));
        BigDecimal quantity = budget.min(cash).subtract(flatFee).divide(perUnit, scale, RoundingMode.DOWN);
        if (quantity.signum() <= 0) return BigDecimal.ZERO;
        BigDecimal fee = fee(flatFee, quantity.multiply(price));
        Transaction buy = Transaction.trade(accountId, TransactionType.BUY, d, instrumentIds.get(symbol), quantity, price,
                money(fee), money(BigDecimal.ZERO.setScale(2)));
        BigDecimal cost = buy.amount().amount().negate();
        if (cost.compareTo(cash) > 0) return BigDecimal.ZERO;
        cash = cash.subtract(cost);
        positions.computeIfAbsent(symbol, s -> new Position()).buy(quantity, cost);
        out.add(described(buy, symbol, description));
        return cost;
    }

    private void sell(LocalDate d, RandomGenerator rng) {
        List<String> held = positions.entrySet().stream()
                .filter(e -> e.getValue().quantity.signum() > 0 && plan.discretionary().contains(e.getKey()))
                .filter(e -> histories.get(e.getKey()).indexOf(d) >= 0)
                .map(Map.Entry::getKey).toList();
        if (held.isEmpty()) return;
        String symbol = held.get(rng.nextInt(held.size()));
        Position position = positions.get(symbol);
        boolean core = plan.discretionary().indexOf(symbol) < CORE_HOLDINGS;
        BigDecimal quantity = !core && rng.nextDouble() < 0.35 ? position.quantity
                : position.quantity.multiply(BigDecimal.valueOf(0.2 + 0.4 * rng.nextDouble())).setScale(plan.discretionaryScale(), RoundingMode.DOWN);
        BigDecimal price = price(symbol, d);
        BigDecimal maxProceeds = plan.monthlyDeposit().multiply(BigDecimal.valueOf(MAX_SALE_IN_MONTHLY_DEPOSITS));
        quantity = quantity.min(maxProceeds.divide(price, plan.discretionaryScale(), RoundingMode.DOWN));
        if (quantity.signum() <= 0) return;
        BigDecimal proceeds = quantity.multiply(price);
        BigDecimal fee = fee(plan.tradeFee(), proceeds);
        BigDecimal costBasis = position.costOf(quantity);
        BigDecimal gain = proceeds.subtract(fee).subtract(costBasis);
        BigDecimal tax = gain.signum() > 0 ? gain.multiply(plan.gainsTaxRate()).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
        if (proceeds.subtract(fee).subtract(tax).signum() <= 0) return;
        Transaction sale = Transaction.trade(accountId, TransactionType.SELL, d, instrumentIds.get(symbol), quantity, price, money(fee), money(tax));
        cash = cash.add(sale.amount().amount());
        position.sell(quantity, costBasis);
        out.add(described(sale, symbol, position.quantity.signum() == 0 ? "Sell (close position)" : "Sell"));
    }

    private void corporateActions(LocalDate d) {
        for (Map.Entry<String, Position> e : positions.entrySet()) {
            Position position = e.getValue();
            if (position.quantity.signum() <= 0) continue;
            DailyHistory history = histories.get(e.getKey());
            for (SplitEvent split : history.splits()) {
                if (!split.exDate().equals(d)) continue;
                position.split(split.sharesPerShare());
                out.add(new Transaction(0, accountId, TransactionType.SPLIT, d, money(BigDecimal.ZERO), instrumentIds.get(e.getKey()),
                        split.sharesPerShare(), null, null, null, history.instrument().instrument().name(),
                        "Stock split " + split.to() + ":" + split.from(), null, null, null, null, null));
            }
            for (DividendEvent dividend : history.dividends()) {
                if (dividend.exDate().equals(d)) pending.add(new PendingDividend(e.getKey(), dividend, position.quantity));
            }
        }
    }

    private void payDividends(LocalDate d) {
        for (var it = pending.iterator(); it.hasNext(); ) {
            PendingDividend p = it.next();
            if (!p.event.payDate().equals(d)) continue;
            it.remove();
            BigDecimal gross = p.quantity.multiply(p.event.perShare()).setScale(2, RoundingMode.HALF_UP);
            if (gross.signum() <= 0) continue;
            BigDecimal tax = gross.multiply(plan.dividendTaxRate()).setScale(2, RoundingMode.HALF_UP);
            BigDecimal net = gross.subtract(tax);
            cash = cash.add(net);
            String name = histories.get(p.symbol).instrument().instrument().name();
            out.add(new Transaction(0, accountId, TransactionType.DIVIDEND, d, money(net), instrumentIds.get(p.symbol), p.quantity,
                    p.event.perShare(), money(BigDecimal.ZERO), money(tax), name,
                    "Dividend " + p.event.perShare().toPlainString() + " " + plan.currency() + " per share, ex-date " + p.event.exDate(),
                    null, null, null, null, null));
        }
    }

    private BigDecimal price(String symbol, LocalDate d) {
        DailyHistory h = histories.get(symbol);
        return BigDecimal.valueOf(h.closeAt(h.indexOf(d)));
    }

    private BigDecimal fee(BigDecimal flat, BigDecimal gross) {
        return flat.add(gross.multiply(plan.feeRate())).setScale(2, RoundingMode.HALF_UP);
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, plan.currency());
    }

    /** The symbol as payee and "Buy 12.5 NWTK @ 101.32" as description, so a ledger row reads like a contract note. */
    private static Transaction described(Transaction t, String symbol, String action) {
        String description = action + " " + t.quantity().stripTrailingZeros().toPlainString() + " " + symbol
                + " @ " + t.price().stripTrailingZeros().toPlainString();
        return new Transaction(t.id(), t.accountId(), t.type(), t.date(), t.amount(), t.instrumentId(), t.quantity(), t.price(),
                t.fee(), t.tax(), symbol, description, t.categoryId(), t.notes(), t.transferAccountId(), t.providerId(), t.importBatchId());
    }

    private static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private record PendingDividend(String symbol, DividendEvent event, BigDecimal quantity) {}

    /** Quantity held and its total cost (including fees), for average-cost gains. */
    private static final class Position {
        private BigDecimal quantity = BigDecimal.ZERO;
        private BigDecimal cost = BigDecimal.ZERO;

        void buy(BigDecimal q, BigDecimal c) {
            quantity = quantity.add(q);
            cost = cost.add(c);
        }

        BigDecimal costOf(BigDecimal q) {
            return cost.multiply(q).divide(quantity, 2, RoundingMode.HALF_UP);
        }

        void sell(BigDecimal q, BigDecimal c) {
            quantity = quantity.subtract(q);
            cost = quantity.signum() == 0 ? BigDecimal.ZERO : cost.subtract(c);
        }

        void split(BigDecimal sharesPerShare) {
            quantity = quantity.multiply(sharesPerShare).stripTrailingZeros();
            if (quantity.scale() < 0) quantity = quantity.setScale(0);
        }
    }
}
