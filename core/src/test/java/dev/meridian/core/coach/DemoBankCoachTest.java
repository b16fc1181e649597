package dev.meridian.core.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.coach.insights.Insight;
import dev.meridian.core.coach.insights.InsightKind;
import dev.meridian.core.coach.insights.UnusualTransactions;
import dev.meridian.core.coach.recurring.DetectedSeries;
import dev.meridian.core.coach.recurring.RecurringDetector;
import dev.meridian.core.coach.recurring.ServiceType;
import dev.meridian.core.demo.BankScenario;
import dev.meridian.core.demo.DemoCategories;
import dev.meridian.core.domain.Cadence;
import dev.meridian.core.domain.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The coach over the demo's two years of bank bookings finds what the scenario planted, and not much else. */
class DemoBankCoachTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static List<Transaction> demoBank(long seed) {
        Map<String, Long> ids = new HashMap<>();
        long next = 100;
        for (var c : DemoCategories.categories()) ids.put(c.name(), next++);
        var investing = List.of(new BankScenario.InvestmentTransfer(LocalDate.of(2025, 3, 1), new BigDecimal("1800.00"), 9, "Brokerage"));
        List<Transaction> raw = new BankScenario(new BankScenario.Accounts(1, 2, 3), ids).generate(TODAY, new SplittableRandom(seed), investing);
        List<Transaction> withIds = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) withIds.add(raw.get(i).withId(i + 1));
        return withIds;
    }

    @Test
    void findsThePlantedSubscriptionsPriceRiseAndOverlap() {
        List<DetectedSeries> found = new RecurringDetector().detect(demoBank(42), TODAY);
        Map<String, DetectedSeries> byMerchant = new HashMap<>();
        found.forEach(s -> byMerchant.put(s.merchantKey(), s));

        assertThat(byMerchant).containsKeys("spotify", "apple music", "netflix", "fitlife gym", "icloud+", "verizon", "amazon prime",
                "parkview apartments", "acme analytics inc", "fiberlink internet", "guardian auto insurance", "city power & light");
        assertThat(byMerchant.get("amazon prime").cadence()).isEqualTo(Cadence.YEARLY);
        assertThat(byMerchant.get("netflix").priceChange().from().amount()).isEqualByComparingTo("15.49");
        assertThat(byMerchant.get("netflix").priceChange().to().amount()).isEqualByComparingTo("17.99");
        assertThat(byMerchant.get("acme analytics inc").income()).isTrue();
        // Everyday shopping at irregular intervals is not a series.
        assertThat(byMerchant).doesNotContainKeys("whole foods market", "trader joe s", "blue bottle coffee", "shell", "amazon");
        // Two music services at once: the overlap the scenario planted.
        assertThat(found).filteredOn(s -> s.service() == ServiceType.MUSIC_STREAMING).extracting(DetectedSeries::merchantKey)
                .containsExactlyInAnyOrder("spotify", "apple music");
        // Transfers between own accounts (savings, card payments) are not recurring spending.
        assertThat(byMerchant).doesNotContainKeys("high yield savings", "rewards visa");
    }

    @Test
    void noDemoChargeOfTheLastMonthIsFlaggedAsUnusualButAPlantedOneIs() {
        List<Transaction> txns = new ArrayList<>(demoBank(42));
        assertThat(UnusualTransactions.of(txns, TODAY, 30, Map.of())).isEmpty();
        Transaction dinner = txns.stream().filter(t -> "Chipotle".equals(t.payee())).findFirst().orElseThrow();
        txns.add(new Transaction(99_999, dinner.accountId(), dinner.type(), TODAY.minusDays(2), dinner.amount().times(new BigDecimal("9")),
                null, null, null, null, null, "Chipotle", "CATERING", dinner.categoryId(), null, null, null, null));
        List<Insight> flagged = UnusualTransactions.of(txns, TODAY, 30, Map.of());
        assertThat(flagged).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(InsightKind.UNUSUAL_TRANSACTION);
            assertThat(i.link().ids()).containsExactly(99_999L);
        });
    }
}
