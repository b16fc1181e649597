package dev.meridian.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortfolioScenarioTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final long ACCOUNT = 77;
    private static Map<String, DailyHistory> histories;
    private static Map<String, Long> ids;
    private static Map<Long, String> symbolsById;

    @BeforeAll
    static void market() {
        histories = new HashMap<>();
        ids = new HashMap<>();
        long next = 1000;
        for (DemoInstrument i : DemoInstruments.all()) {
            histories.put(i.symbol(), new MarketModel(i).generate(TODAY, DemoRandom.stream(42, i.symbol())));
            ids.put(i.symbol(), next++);
        }
        symbolsById = ids.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    }

    private static List<Transaction> run(PortfolioPlan plan, long seed) {
        return new PortfolioScenario(plan, ACCOUNT, histories, ids).generate(TODAY, DemoRandom.stream(seed, plan.name()));
    }

    @Test
    void noPortfolioEverSellsMoreThanItHoldsOrSpendsMoreCashThanItHas() {
        for (PortfolioPlan plan : DemoPortfolios.all()) {
            List<Transaction> txns = run(plan, 42);
            Map<Long, BigDecimal> held = new HashMap<>();
            BigDecimal cash = BigDecimal.ZERO;
            LocalDate previous = LocalDate.MIN;
            for (Transaction t : txns) {
                assertThat(t.date()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(TODAY);
                previous = t.date();
                assertThat(t.accountId()).isEqualTo(ACCOUNT);
                assertThat(t.amount().currency()).isEqualTo(plan.currency());
                BigDecimal before = held.getOrDefault(t.instrumentId(), BigDecimal.ZERO);
                switch (t.type()) {
                    case BUY -> held.put(t.instrumentId(), before.add(t.quantity()));
                    case SELL -> {
                        assertThat(t.quantity()).as("%s sells %s on %s", plan.name(), symbolsById.get(t.instrumentId()), t.date())
                                .isLessThanOrEqualTo(before);
                        held.put(t.instrumentId(), before.subtract(t.quantity()));
                    }
                    case SPLIT -> {
                        assertThat(before).as("split booked only for a held position").isPositive();
                        held.put(t.instrumentId(), before.multiply(t.quantity()));
                    }
                    default -> { }
                }
                cash = cash.add(t.amount().amount());
                assertThat(cash).as("%s cash after %s on %s", plan.name(), t.type(), t.date()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            }
        }
    }

    @Test
    void tradesArePricedAtThatDaysGeneratedClose() {
        for (PortfolioPlan plan : DemoPortfolios.all()) {
            for (Transaction t : run(plan, 42)) {
                if (t.type() != TransactionType.BUY && t.type() != TransactionType.SELL) continue;
                DailyHistory h = histories.get(symbolsById.get(t.instrumentId()));
                int i = h.indexOf(t.date());
                assertThat(i).as("traded on a trading day").isNotNegative();
                assertThat(t.price().doubleValue()).isEqualTo(h.closeAt(i));
                assertThat(t.fee().amount()).isPositive();
            }
        }
    }

    @Test
    void dividendsArePaidOnlyForSharesHeldAtTheExDateAndNetOfTax() {
        for (PortfolioPlan plan : DemoPortfolios.all().subList(0, 2)) {
            List<Transaction> txns = run(plan, 42);
            List<Transaction> dividends = txns.stream().filter(t -> t.type() == TransactionType.DIVIDEND).toList();
            assertThat(dividends).as(plan.name()).hasSizeGreaterThan(20);
            for (Transaction d : dividends) {
                DailyHistory h = histories.get(symbolsById.get(d.instrumentId()));
                DividendEvent event = h.dividends().stream()
                        .filter(e -> e.payDate().equals(d.date()) && e.perShare().compareTo(d.price()) == 0).findFirst().orElseThrow();
                assertThat(d.quantity()).isEqualByComparingTo(heldAtCloseBefore(txns, d.instrumentId(), event.exDate()));
                BigDecimal gross = d.quantity().multiply(event.perShare()).setScale(2, RoundingMode.HALF_UP);
                assertThat(d.tax().amount()).isEqualByComparingTo(gross.multiply(plan.dividendTaxRate()).setScale(2, RoundingMode.HALF_UP));
                assertThat(d.amount().amount()).isEqualByComparingTo(gross.subtract(d.tax().amount()));
            }
        }
    }

    @Test
    void heldPositionsGoThroughTheirSplits() {
        List<Transaction> us = run(DemoPortfolios.all().get(0), 42);
        List<Transaction> euro = run(DemoPortfolios.all().get(1), 42);
        assertThat(splitRatios(us)).containsEntry("NWTK", new BigDecimal("4")).containsEntry("HLXS", new BigDecimal("10"));
        assertThat(splitRatios(euro)).containsEntry("NLEN", new BigDecimal("0.2"));
    }

    @Test
    void cryptoIsBoughtInFractionsAndEuroGainsAreTaxed() {
        List<Transaction> crypto = run(DemoPortfolios.all().get(2), 42);
        assertThat(crypto).filteredOn(t -> t.type() == TransactionType.BUY)
                .anyMatch(t -> t.quantity().stripTrailingZeros().scale() > 4 && t.quantity().compareTo(BigDecimal.ONE) < 0);
        List<Transaction> euro = run(DemoPortfolios.all().get(1), 42);
        assertThat(euro).filteredOn(t -> t.type() == TransactionType.SELL).isNotEmpty();
        assertThat(euro).filteredOn(t -> t.type() == TransactionType.SELL).anyMatch(t -> t.tax().signum() > 0);
    }

    @Test
    void sameSeedRepeatsTheLedgerAndAnotherSeedChangesIt() {
        PortfolioPlan plan = DemoPortfolios.all().get(0);
        assertThat(run(plan, 1)).isEqualTo(run(plan, 1));
        assertThat(run(plan, 1)).isNotEqualTo(run(plan, 2));
    }

    private static Map<String, BigDecimal> splitRatios(List<Transaction> txns) {
        return txns.stream().filter(t -> t.type() == TransactionType.SPLIT)
                .collect(Collectors.toMap(t -> symbolsById.get(t.instrumentId()), Transaction::quantity));
    }

    private static BigDecimal heldAtCloseBefore(List<Transaction> txns, long instrumentId, LocalDate exDate) {
        BigDecimal q = BigDecimal.ZERO;
        for (Transaction t : txns) {
            if (!t.date().isBefore(exDate) || t.instrumentId() == null || t.instrumentId() != instrumentId) continue;
            q = switch (t.type()) {
                case BUY -> q.add(t.quantity());
                case SELL -> q.subtract(t.quantity());
                case SPLIT -> q.multiply(t.quantity());
                default -> q;
            };
        }
        return q;
    }
}
