package dev.meridian.core.coach.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.meridian.core.coach.Bookings;
import dev.meridian.core.coach.RobustStats;
import dev.meridian.core.domain.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnusualTransactionsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-05-31");
    private final Bookings b = new Bookings(1);

    /** Eight older coffees 4, 5, 5, 6, 5, 4, 6, 5 and the recent charges under test. */
    private List<Transaction> cafeWith(String... recent) {
        List<Transaction> txns = new ArrayList<>();
        String[] usual = {"4", "5", "5", "6", "5", "4", "6", "5"};
        for (int i = 0; i < usual.length; i++) txns.add(b.charge("2026-0" + (1 + i / 3) + "-1" + i, usual[i], "Corner Cafe", 7L));
        for (String amount : recent) txns.add(b.charge("2026-05-20", amount, "Corner Cafe", 7L));
        return txns;
    }

    @Test
    void handWorkedMedianAndMad() {
        double[] amounts = {4, 4, 5, 5, 5, 5, 6, 6, 25};
        double median = RobustStats.median(amounts);
        double mad = RobustStats.mad(amounts, median);
        assertThat(median).isEqualTo(5);
        assertThat(mad).isEqualTo(1);   // deviations 1,1,0,0,0,0,1,1,20 -> median 1
        assertThat(RobustStats.modifiedZ(25, median, mad)).isCloseTo(13.49, offset(1e-9));
    }

    @Test
    void flagsTheChargeFarAboveTheMerchantsUsualAmount() {
        List<Insight> found = UnusualTransactions.of(cafeWith("25"), TODAY, 30, Map.of(7L, "Dining"));
        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(InsightKind.UNUSUAL_TRANSACTION);
            assertThat(i.key()).isEqualTo("unusual:9");
            assertThat(i.link().encode()).isEqualTo("transactions:9");
            assertThat(i.explanation()).contains("usual 5.00 USD at Corner Cafe").contains("9 charges");
        });
    }

    @Test
    void cutOffSitsBetweenThreeAndAHalfRobustSigmas() {
        // With 10 (median 5, MAD 1): z = 0.6745 * 5 = 3.37, not flagged; with 11: z = 0.6745 * 6 = 4.05, flagged.
        assertThat(UnusualTransactions.of(cafeWith("10"), TODAY, 30, Map.of())).isEmpty();
        assertThat(UnusualTransactions.of(cafeWith("11"), TODAY, 30, Map.of())).hasSize(1);
    }

    @Test
    void oldChargesAndThinHistoriesAreNotJudged() {
        List<Transaction> txns = cafeWith();
        txns.add(b.charge("2026-03-01", "40", "Corner Cafe", 7L));
        assertThat(UnusualTransactions.of(txns, TODAY, 30, Map.of())).isEmpty();
        List<Transaction> thin = new ArrayList<>();
        for (int i = 0; i < 6; i++) thin.add(b.charge("2026-02-1" + i, "5", "New Place", null));
        thin.add(b.charge("2026-05-30", "90", "New Place", null));
        assertThat(UnusualTransactions.of(thin, TODAY, 30, Map.of())).isEmpty();
    }
}
