package dev.meridian.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.portfolio.allocation.PortfolioSnapshot;
import dev.meridian.core.portfolio.fx.FxRateTable;
import dev.meridian.core.portfolio.performance.PerformanceCalculator;
import dev.meridian.core.portfolio.performance.PerformanceReport;
import dev.meridian.core.portfolio.performance.PerformanceScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One booking of every type on two accounts, with the cash, positions, P&L and flows worked by hand. */
class EveryTransactionTypeTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final long ACME = 10;
    private static final LocalDate END = LocalDate.parse("2024-01-10");
    private final FxRateTable noFx = new FxRateTable(List.of());
    private final PriceHistory prices = new Prices().instrument(ACME, "ACME", AssetClass.STOCK, "USD", "Tech", "US")
            .close(ACME, "2024-01-01", 50).close(ACME, "2024-01-10", 60).build();

    private static Bookings everything() {
        Bookings b = new Bookings("USD");
        b.cash(A, TransactionType.DEPOSIT, "2024-01-01", "10000");       // A cash 10000
        b.buy(A, "2024-01-02", ACME, "100", "50", "10");                 // A cash -5010 -> 4990; 100 sh cost 5010
        b.dividend(A, "2024-01-03", ACME, "30");                         // A cash 5020
        b.cash(A, TransactionType.INTEREST, "2024-01-04", "5");          // A cash 5025
        b.cash(A, TransactionType.FEE, "2024-01-05", "-12");             // A cash 5013
        b.cash(A, TransactionType.TAX, "2024-01-05", "-8");              // A cash 5005
        b.split(A, "2024-01-06", ACME, "2");                             // 200 sh cost 5010
        b.transfer(A, B, "2024-01-07", ACME, "50");                      // B gets 50 sh cost 1252.5
        b.sell(A, "2024-01-08", ACME, "50", "30", "5");                  // A cash +1495 -> 6500; cost 1252.5; gain 242.5
        b.cashTransfer(A, B, "2024-01-09", "500");                       // A 6000, B 500
        b.cash(A, TransactionType.WITHDRAWAL, "2024-01-10", "-1000");    // A 5000
        return b;
    }

    @Test
    void cashPositionsAndProfitByHand() {
        Ledger l = Ledger.of(everything().list(), Map.of(), CostMethod.FIFO);
        PortfolioSnapshot a = PortfolioSnapshot.of(l, Set.of(A), prices, noFx, END, "USD");
        PortfolioSnapshot both = PortfolioSnapshot.of(l, Set.of(A, B), prices, noFx, END, "USD");
        assertThat(a.cashValue().amount()).isEqualByComparingTo("5000");
        assertThat(both.cashValue().amount()).isEqualByComparingTo("5500");
        assertThat(l.position(A, ACME).orElseThrow().quantity()).isEqualByComparingTo("100");
        assertThat(l.position(B, ACME).orElseThrow().quantity()).isEqualByComparingTo("50");
        assertThat(both.holdingsValue().amount()).isEqualByComparingTo("9000"); // 150 * 60

        PnlSummary pnl = new ProfitAndLoss(l, prices, noFx).accounts(Set.of(A, B), END, "USD");
        assertThat(pnl.cost().amount()).isEqualByComparingTo("3757.5");     // 5010 - 1252.5
        assertThat(pnl.unrealized().amount()).isEqualByComparingTo("5242.5"); // 9000 - 3757.5
        assertThat(pnl.realized().amount()).isEqualByComparingTo("242.5");
        assertThat(pnl.income().amount()).isEqualByComparingTo("35");
        assertThat(pnl.charges().amount()).isEqualByComparingTo("20");
        // total 5500 earned = 14500 value - 10000 deposited + 1000 withdrawn
        assertThat(pnl.total().amount()).isEqualByComparingTo("5500");
    }

    @Test
    void onlyDepositsWithdrawalsAndTransfersAcrossTheScopeAreFlows() {
        PerformanceCalculator calc = new PerformanceCalculator(Ledger.of(everything().list(), Map.of(), CostMethod.FIFO), prices, noFx);
        LocalDate start = LocalDate.parse("2023-12-31");
        PerformanceReport both = calc.report(PerformanceScope.accounts(Set.of(A, B)), start, END, "USD");
        assertThat(both.netFlows()).isCloseTo(9000, within(1e-9));      // +10000 - 1000
        assertThat(both.absoluteGain()).isCloseTo(5500, within(1e-9));
        PerformanceReport onlyB = calc.report(PerformanceScope.accounts(Set.of(B)), start, END, "USD");
        // B receives 50 shares valued at the last close (50; these test closes ignore the split) and 500 cash
        assertThat(onlyB.netFlows()).isCloseTo(50 * 50 + 500, within(1e-9));
        assertThat(onlyB.endValue()).isCloseTo(50 * 60 + 500, within(1e-9));
    }
}
