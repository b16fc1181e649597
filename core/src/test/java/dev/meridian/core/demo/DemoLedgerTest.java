package dev.meridian.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoLedgerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final DemoLedger.AccountIds ACCOUNTS = new DemoLedger.AccountIds(List.of(11L, 12L, 13L), new BankScenario.Accounts(21, 22, 23));
    private static DemoMarket market;
    private static Map<String, Long> instrumentIds;
    private static Map<String, Long> categoryIds;

    @BeforeAll
    static void generate() {
        market = DemoMarket.generate(42, TODAY);
        instrumentIds = new HashMap<>();
        long id = 1;
        for (DemoInstrument i : market.instruments()) instrumentIds.put(i.symbol(), id++);
        categoryIds = new HashMap<>();
        for (var c : DemoCategories.categories()) categoryIds.put(c.name(), id++);
    }

    private static List<Transaction> ledger(long seed, DemoMarket m) {
        return DemoLedger.build(seed, TODAY, m, instrumentIds, ACCOUNTS, categoryIds);
    }

    @Test
    void sameSeedGivesIdenticalMarketAndLedger() {
        DemoMarket again = DemoMarket.generate(42, TODAY);
        assertThat(new DemoFingerprint().add(again).hex()).isEqualTo(new DemoFingerprint().add(market).hex());
        assertThat(new DemoFingerprint().add(ledger(42, again)).hex()).isEqualTo(new DemoFingerprint().add(ledger(42, market)).hex());
    }

    @Test
    void anotherSeedGivesDifferentMarketAndLedger() {
        DemoMarket other = DemoMarket.generate(43, TODAY);
        assertThat(new DemoFingerprint().add(other).hex()).isNotEqualTo(new DemoFingerprint().add(market).hex());
        assertThat(new DemoFingerprint().add(ledger(43, other)).hex()).isNotEqualTo(new DemoFingerprint().add(ledger(42, market)).hex());
    }

    @Test
    void anotherAnchorDateShiftsTheData() {
        DemoMarket shifted = DemoMarket.generate(42, TODAY.plusDays(1));
        assertThat(shifted.daily().get("BTC-USD").lastDate()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void brokerageDepositsOfTheLastTwoYearsComeFromCheckingAsLinkedTransfers() {
        List<Transaction> txns = ledger(42, market);
        List<Transaction> intoBrokerage = txns.stream().filter(t -> t.accountId() == 11 && t.type() == TransactionType.TRANSFER_IN).toList();
        assertThat(intoBrokerage).hasSizeBetween(23, 25).allMatch(t -> t.transferAccountId() == 21);
        for (Transaction in : intoBrokerage) {
            assertThat(txns).anyMatch(o -> o.accountId() == 21 && o.type() == TransactionType.TRANSFER_OUT && o.date().equals(in.date())
                    && o.transferAccountId() == 11 && o.amount().negate().isEqualTo(in.amount()));
        }
        assertThat(txns).filteredOn(t -> t.accountId() == 11 && t.type() == TransactionType.DEPOSIT)
                .allMatch(t -> t.date().isBefore(BankScenario.start(TODAY)));
    }

    @Test
    void ledgerIsInDateOrderAndCoversEveryAccount() {
        List<Transaction> txns = ledger(42, market);
        for (int i = 1; i < txns.size(); i++) assertThat(txns.get(i).date()).isAfterOrEqualTo(txns.get(i - 1).date());
        assertThat(txns.stream().map(Transaction::accountId).distinct()).containsExactlyInAnyOrder(11L, 12L, 13L, 21L, 22L, 23L);
        assertThat(txns.stream().map(Transaction::type).distinct()).contains(TransactionType.values());
    }

    @Test
    void goalsIncludeOneBehindSchedule() {
        List<GoalPlan> goals = GoalPlan.all(TODAY, 22, DemoRandom.stream(42, "goals"));
        assertThat(goals).extracting(g -> g.goal().name()).containsExactly("Emergency Fund", "Summer Vacation", "New Car");
        assertThat(goals.get(0).goal().linkedAccountId()).isEqualTo(22L);
        GoalPlan car = goals.get(2);
        double progress = car.contributed().doubleValue() / car.goal().target().amount().doubleValue();
        assertThat(progress).isLessThan(car.expectedProgress(TODAY) * 0.7);
        assertThat(goals.get(1).contributions()).isNotEmpty();
    }
}
