package dev.meridian.core.portfolio.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.portfolio.Bookings;
import dev.meridian.core.portfolio.Ledger;
import dev.meridian.core.portfolio.PriceHistory;
import dev.meridian.core.portfolio.Prices;
import dev.meridian.core.portfolio.fx.FxRateTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimeWeightedReturnTest {

    private static final long ACC = 1;
    private static final long ACME = 10;
    private static final PerformanceScope PORTFOLIO = PerformanceScope.accounts(Set.of(ACC));
    private static final LocalDate D1 = LocalDate.parse("2024-01-01");
    private static final LocalDate D4 = LocalDate.parse("2024-01-04");

    private static PerformanceReport report(Bookings b, PriceHistory prices, PerformanceScope scope, LocalDate from, LocalDate to) {
        Ledger ledger = Ledger.of(b.list(), Map.of(), CostMethod.FIFO);
        return new PerformanceCalculator(ledger, prices, new FxRateTable(List.of())).report(scope, from, to, "USD");
    }

    private static PriceHistory acme(double... closes) {
        Prices p = new Prices().instrument(ACME, "ACME", AssetClass.STOCK, "USD", "Tech", "US");
        for (int i = 0; i < closes.length; i++) p.close(ACME, D1.plusDays(i).toString(), closes[i]);
        return p.build();
    }

    /**
     * Flows count at the end of their day (at the close).
     * Day 1: deposit 1000, buy 10 @ 100, close 100: V = 1000 (start value).
     * Day 2: close 110: V = 1100, r = 1100/1000 - 1 = +10 %.
     * Day 3: close 99, deposit 1100 at the close: V = 990 + 1100 = 2090, r = (2090-1100)/1100 - 1 = -10 %.
     * Day 4: close 108.9, withdraw 590 at the close: V = 1089 + 510 = 1599, r = (1599+590)/2090 - 1 = 99/2090 = +4.7368 %.
     * TTWROR = 1.10 * 0.90 * 2189/2090 - 1 = 3.6895 %; gain = 1599 - 1000 - (1100 - 590) = 89 = 10 * (108.9 - 100).
     */
    @Test
    void handWorkedPortfolioWithFlowsInAndOut() {
        Bookings b = new Bookings("USD");
        b.cash(ACC, TransactionType.DEPOSIT, "2024-01-01", "1000");
        b.buy(ACC, "2024-01-01", ACME, "10", "100", "0");
        b.cash(ACC, TransactionType.DEPOSIT, "2024-01-03", "1100");
        b.cash(ACC, TransactionType.WITHDRAWAL, "2024-01-04", "-590");
        PerformanceReport r = report(b, acme(100, 110, 99, 108.9), PORTFOLIO, D1, D4);
        assertThat(r.daily().returns()).containsExactly(new double[] {0.10, -0.10, 99.0 / 2090}, within(1e-12));
        assertThat(r.ttwror()).isCloseTo(1.1 * 0.9 * 2189 / 2090 - 1, within(1e-12));
        assertThat(r.absoluteGain()).isCloseTo(89, within(1e-9));
        assertThat(r.startValue()).isCloseTo(1000, within(1e-9));
        assertThat(r.netFlows()).isCloseTo(510, within(1e-9));
        assertThat(r.irr()).isInstanceOf(XirrResult.Rate.class);

        // the same trades seen as a security: 100 -> 110 -> 99 -> 108.9 is +10 %, -10 %, +10 %
        PerformanceReport sec = report(b, acme(100, 110, 99, 108.9), PerformanceScope.security(Set.of(ACC), ACME), D1, D4);
        assertThat(sec.ttwror()).isCloseTo(1.1 * 0.9 * 1.1 - 1, within(1e-12));
        assertThat(sec.absoluteGain()).isCloseTo(89, within(1e-9));
    }

    @Test
    void securityScopeCountsBuysAndSellsAsFlowsAndDividendsAsReturned() {
        Bookings b = new Bookings("USD");
        b.buy(ACC, "2024-01-01", ACME, "10", "100", "0");   // V0 = 1000
        b.buy(ACC, "2024-01-02", ACME, "10", "110", "0");   // flow +1100, close 110: r = (2200-1100)/1000 - 1 = 10 %
        b.dividend(ACC, "2024-01-03", ACME, "22");          // flow -22, close 110: r = (2200+22)/2200 - 1 = 1 %
        PerformanceReport r = report(b, acme(100, 110, 110), PerformanceScope.security(Set.of(ACC), ACME), D1, LocalDate.parse("2024-01-03"));
        assertThat(r.ttwror()).isCloseTo(1.1 * 1.01 - 1, within(1e-12));
        assertThat(r.absoluteGain()).isCloseTo(122, within(1e-9)); // first lot 100 -> 110 plus the 22 dividend
    }

    @Test
    void oneDepositAndNoTradesReturnsExactlyZero() {
        Bookings b = new Bookings("USD");
        b.cash(ACC, TransactionType.DEPOSIT, "2024-01-01", "12345.67");
        PerformanceReport r = report(b, acme(100, 120, 80, 130), PORTFOLIO, D1, D4);
        assertThat(r.ttwror()).isEqualTo(0.0);
        assertThat(r.absoluteGain()).isEqualTo(0.0);
        assertThat(r.irr()).isInstanceOf(XirrResult.Rate.class);
        assertThat(((XirrResult.Rate) r.irr()).rate()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void anEmptiedAccountIsExactlyEmptyAndEarnsNothing() {
        Bookings b = new Bookings("USD");
        b.cash(ACC, TransactionType.DEPOSIT, "2024-01-01", "0.1");
        b.cash(ACC, TransactionType.DEPOSIT, "2024-01-02", "0.2");
        b.cash(ACC, TransactionType.WITHDRAWAL, "2024-01-03", "-0.3"); // 0.1 + 0.2 - 0.3 is 5.6e-17 in doubles, 0 exactly
        b.cash(ACC, TransactionType.DEPOSIT, "2024-01-04", "100");
        PerformanceReport r = report(b, acme(100, 100, 100, 100), PORTFOLIO, D1, D4);
        assertThat(r.daily().returns()[2]).isEqualTo(0.0);
        assertThat(r.ttwror()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void withFlatPricesAnyExternalFlowsGiveZeroReturn() {
        Random random = new Random(42);
        double[] flat = new double[60];
        java.util.Arrays.fill(flat, 50);
        for (int run = 0; run < 20; run++) {
            Bookings b = new Bookings("USD");
            b.cash(ACC, TransactionType.DEPOSIT, "2024-01-01", Integer.toString(1 + random.nextInt(1_000_000)));
            for (int day = 1; day < 60; day++) {
                String date = D1.plusDays(day).toString();
                int pick = random.nextInt(3);
                if (pick == 0) b.cash(ACC, TransactionType.DEPOSIT, date, Integer.toString(1 + random.nextInt(1_000_000)));
                if (pick == 1) b.buy(ACC, date, ACME, Integer.toString(1 + random.nextInt(20)), "50", "0");
            }
            PerformanceReport r = report(b, acme(flat), PORTFOLIO, D1, D1.plusDays(59));
            assertThat(r.ttwror()).isCloseTo(0.0, within(1e-12));
        }
    }

    @Test
    void flowSizeDoesNotChangeTheReturnOfAFullyInvestedSecurity() {
        double[] closes = {100, 104, 98, 101, 110, 107};
        double expected = 107.0 / 100 - 1;
        for (String size : List.of("1", "37", "5000")) {
            Bookings b = new Bookings("USD");
            b.buy(ACC, "2024-01-01", ACME, "3", "100", "0");
            b.buy(ACC, "2024-01-03", ACME, size, "98", "0");
            b.sell(ACC, "2024-01-05", ACME, "2", "110", "0");
            PerformanceReport r = report(b, acme(closes), PerformanceScope.security(Set.of(ACC), ACME), D1, LocalDate.parse("2024-01-06"));
            assertThat(r.ttwror()).as("buy of %s", size).isCloseTo(expected, within(1e-12));
        }
    }
}
