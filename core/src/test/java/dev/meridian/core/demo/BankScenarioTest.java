package dev.meridian.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BankScenarioTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final BankScenario.Accounts ACCOUNTS = new BankScenario.Accounts(1, 2, 3);
    private static final long BROKERAGE = 9;

    private static Map<String, Long> categoryIds() {
        Map<String, Long> ids = new HashMap<>();
        long next = 100;
        for (var c : DemoCategories.categories()) ids.put(c.name(), next++);
        return ids;
    }

    private static List<Transaction> run(long seed) {
        List<BankScenario.InvestmentTransfer> investing = List.of(
                new BankScenario.InvestmentTransfer(LocalDate.of(2025, 3, 1), new BigDecimal("1800.00"), BROKERAGE, "Individual Brokerage"));
        return new BankScenario(ACCOUNTS, categoryIds()).generate(TODAY, DemoRandom.stream(seed, "bank"), investing);
    }

    private static List<Transaction> byPayee(List<Transaction> txns, String payee) {
        return txns.stream().filter(t -> payee.equals(t.payee())).toList();
    }

    @Test
    void bothMusicServicesAreChargedEveryMonth() {
        List<Transaction> txns = run(42);
        for (String service : List.of("Spotify", "Apple Music")) {
            Map<YearMonth, Long> perMonth = byPayee(txns, service).stream()
                    .collect(Collectors.groupingBy(t -> YearMonth.from(t.date()), Collectors.counting()));
            assertThat(perMonth).as(service).hasSizeBetween(23, 25);
            assertThat(perMonth.values()).as(service).containsOnly(1L);
            assertThat(byPayee(txns, service)).allMatch(t -> t.accountId() == ACCOUNTS.card() && t.amount().isNegative());
        }
        Long music = categoryIds().get(DemoCategories.MUSIC);
        assertThat(byPayee(txns, "Spotify")).allMatch(t -> music.equals(t.categoryId()));
    }

    @Test
    void videoStreamingRaisesItsPriceOnceMidway() {
        List<Transaction> netflix = byPayee(run(42), "Netflix");
        List<BigDecimal> prices = netflix.stream().map(t -> t.amount().amount().negate()).distinct().toList();
        assertThat(prices).containsExactly(new BigDecimal("15.49"), new BigDecimal("17.99"));
        long before = netflix.stream().filter(t -> t.amount().amount().negate().equals(new BigDecimal("15.49"))).count();
        assertThat(before).isBetween(8L, 16L);
    }

    @Test
    void salaryArrivesMonthlyAndRisesOnce() {
        List<Transaction> salary = byPayee(run(42), BankScenario.EMPLOYER);
        assertThat(salary).hasSizeBetween(23, 25).allMatch(t -> t.type() == TransactionType.DEPOSIT && t.accountId() == ACCOUNTS.checking());
        assertThat(salary.getFirst().amount().amount()).isLessThan(salary.getLast().amount().amount());
    }

    @Test
    void groceriesAreWeeklyAndVary() {
        List<Transaction> txns = run(42);
        Long groceries = categoryIds().get(DemoCategories.GROCERIES);
        List<Transaction> saturdays = txns.stream()
                .filter(t -> groceries.equals(t.categoryId()) && t.date().getDayOfWeek() == java.time.DayOfWeek.SATURDAY).toList();
        assertThat(saturdays).hasSizeBetween(103, 105);
        assertThat(saturdays.stream().map(t -> t.amount().amount()).distinct().count()).isGreaterThan(80);
    }

    @Test
    void transfersComeInLinkedPairsAndTheCardIsPaidFromChecking() {
        List<Transaction> txns = run(42);
        List<Transaction> outs = txns.stream().filter(t -> t.type() == TransactionType.TRANSFER_OUT).toList();
        List<Transaction> ins = txns.stream().filter(t -> t.type() == TransactionType.TRANSFER_IN).toList();
        assertThat(outs).hasSize(ins.size() + 1);
        for (Transaction in : ins) {
            assertThat(outs).anyMatch(o -> o.date().equals(in.date()) && o.accountId() == in.transferAccountId()
                    && o.transferAccountId() == in.accountId() && o.amount().amount().negate().compareTo(in.amount().amount()) == 0);
        }
        assertThat(outs).anyMatch(o -> o.transferAccountId() == BROKERAGE && o.date().equals(LocalDate.of(2025, 3, 1)));
        assertThat(ins).filteredOn(t -> t.accountId() == ACCOUNTS.card()).hasSizeBetween(22, 24);
    }

    @Test
    void checkingNeverOverdrawsAndTheCardNeverCarriesMoreThanTwoMonthsOfSpending() {
        BigDecimal checking = BankScenario.CHECKING_OPENING;
        BigDecimal card = BigDecimal.ZERO;
        for (Transaction t : run(42)) {
            if (t.accountId() == ACCOUNTS.checking()) checking = checking.add(t.amount().amount());
            if (t.accountId() == ACCOUNTS.card()) card = card.add(t.amount().amount());
            assertThat(checking).as("checking on %s", t.date()).isNotNegative();
            assertThat(card).as("card on %s", t.date()).isGreaterThan(new BigDecimal("-9000"));
        }
    }

    @Test
    void everyBookingIsCategorisedInsideTheTwoYearWindow() {
        List<Transaction> txns = run(42);
        assertThat(txns).hasSizeGreaterThan(900)
                .allMatch(t -> t.categoryId() != null)
                .allMatch(t -> !t.date().isBefore(BankScenario.start(TODAY)) && !t.date().isAfter(TODAY));
        assertThat(txns.stream().map(Transaction::categoryId).distinct().count()).isGreaterThanOrEqualTo(19);
    }

    @Test
    void sameSeedRepeatsAndAnotherSeedDiffers() {
        assertThat(run(3)).isEqualTo(run(3)).isNotEqualTo(run(4));
    }
}
