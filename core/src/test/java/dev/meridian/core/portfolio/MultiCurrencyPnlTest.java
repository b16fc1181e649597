package dev.meridian.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.FxRate;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.CurrencyMismatchException;
import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.fx.FxRateTable;
import dev.meridian.core.portfolio.fx.MissingFxRateException;
import dev.meridian.core.portfolio.performance.PerformanceCalculator;
import dev.meridian.core.portfolio.performance.PerformanceScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A EUR portfolio holding a USD stock through a USD account while the dollar falls from 0.90 to 0.80 EUR. */
class MultiCurrencyPnlTest {

    private static final long USD_ACC = 1;
    private static final long ACME = 10;
    private static final LocalDate FEB_15 = LocalDate.parse("2024-02-15");

    private final FxRateTable fx = new FxRateTable(List.of(
            new FxRate(LocalDate.parse("2024-01-01"), "USD", "EUR", new BigDecimal("0.9")),
            new FxRate(LocalDate.parse("2024-02-01"), "EUR", "USD", new BigDecimal("1.25")))); // inverse: 0.8 EUR per USD
    private final PriceHistory prices = new Prices()
            .instrument(ACME, "ACME", AssetClass.STOCK, "USD", "Tech", "US")
            .close(ACME, "2024-01-01", 100).close(ACME, "2024-02-01", 110).build();

    private ProfitAndLoss pnl(Bookings b) {
        return new ProfitAndLoss(Ledger.of(b.list(), Map.of(), CostMethod.FIFO), prices, fx);
    }

    private static Bookings trades() {
        Bookings b = new Bookings("USD");
        b.cash(USD_ACC, TransactionType.DEPOSIT, "2024-01-01", "1000");
        b.buy(USD_ACC, "2024-01-01", ACME, "10", "100", "0");   // 1000 USD = 900 EUR at 0.9
        b.sell(USD_ACC, "2024-02-15", ACME, "5", "120", "0");   // 600 USD = 480 EUR at 0.8; cost 500 USD = 450 EUR
        return b;
    }

    @Test
    void realizedAndUnrealizedInInstrumentAndBaseCurrency() {
        ProfitAndLoss pnl = pnl(trades());
        Position p = Ledger.of(trades().list(), Map.of(), CostMethod.FIFO).position(USD_ACC, ACME).orElseThrow();

        PnlSummary usd = pnl.position(p, FEB_15, "USD");
        // 5 left: value 5*110 = 550 USD, cost 500 USD -> +50; realized 600 - 500 = +100
        assertThat(usd.unrealized().amount()).isEqualByComparingTo("50");
        assertThat(usd.realized().amount()).isEqualByComparingTo("100");

        PnlSummary eur = pnl.position(p, FEB_15, "EUR");
        // value 550 * 0.8 = 440 EUR, cost 500 * 0.9 = 450 EUR -> -10; realized 480 - 450 = +30
        assertThat(eur.marketValue().amount()).isEqualByComparingTo("440");
        assertThat(eur.cost().amount()).isEqualByComparingTo("450");
        assertThat(eur.unrealized().amount()).isEqualByComparingTo("-10");
        assertThat(eur.realized().amount()).isEqualByComparingTo("30");
        assertThat(eur.total().amount()).isEqualByComparingTo("20");
    }

    @Test
    void lotValuationUsesAcquisitionRateForCost() {
        Ledger ledger = Ledger.of(trades().list(), Map.of(), CostMethod.FIFO);
        LotPnl lot = pnl(trades()).lot(ledger.position(USD_ACC, ACME).orElseThrow().lots().getFirst(), LocalDate.parse("2024-02-01"), "EUR");
        assertThat(lot.cost().amount()).isEqualByComparingTo("450");       // 500 USD at 0.9
        assertThat(lot.marketValue().amount()).isEqualByComparingTo("440"); // 550 USD at 0.8
    }

    @Test
    void accountSummaryCountsIncomeAndCharges() {
        Bookings b = trades();
        b.cash(USD_ACC, TransactionType.INTEREST, "2024-02-01", "10");  // 8 EUR
        b.cash(USD_ACC, TransactionType.FEE, "2024-02-01", "-5");       // 4 EUR
        b.dividend(USD_ACC, "2024-02-01", ACME, "20");                 // 16 EUR
        PnlSummary eur = pnl(b).accounts(Set.of(USD_ACC), FEB_15, "EUR");
        assertThat(eur.income().amount()).isEqualByComparingTo("24");
        assertThat(eur.charges().amount()).isEqualByComparingTo("4");
        assertThat(eur.total().amount()).isEqualByComparingTo("40");    // -10 + 30 + 24 - 4
    }

    @Test
    void usdCashLosesInEurWhenTheDollarFalls() {
        Bookings b = new Bookings("USD");
        b.cash(USD_ACC, TransactionType.DEPOSIT, "2024-01-01", "1000");
        var calc = new PerformanceCalculator(
                Ledger.of(b.list(), Map.of(), CostMethod.FIFO), prices, fx);
        var scope = PerformanceScope.accounts(Set.of(USD_ACC));
        // 1000 USD = 900 EUR on Jan 1, 800 EUR from Feb 1: -11.1 % in EUR, 0 % in USD
        var eur = calc.report(scope, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-01"), "EUR");
        assertThat(eur.ttwror()).isCloseTo(0.8 / 0.9 - 1, within(1e-12));
        assertThat(eur.absoluteGain()).isCloseTo(-100, within(1e-9));
        var usd = calc.report(scope, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-01"), "USD");
        assertThat(usd.ttwror()).isEqualTo(0.0);
    }

    @Test
    void missingRateIsAClearError() {
        assertThatThrownBy(() -> fx.rate(LocalDate.parse("2023-12-31"), "USD", "EUR"))
                .isInstanceOf(MissingFxRateException.class).hasMessageContaining("USD/EUR").hasMessageContaining("2023-12-31");
        assertThatThrownBy(() -> fx.rate(LocalDate.parse("2024-03-01"), "USD", "CHF"))
                .isInstanceOf(MissingFxRateException.class).hasMessageContaining("USD/CHF");
    }

    @Test
    void rateFallsBackToTheLatestEarlierDay() {
        assertThat(fx.rate(LocalDate.parse("2024-01-31"), "USD", "EUR")).isEqualByComparingTo("0.9");
        assertThat(fx.rate(LocalDate.parse("2024-03-31"), "USD", "EUR")).isEqualByComparingTo("0.8");
    }

    @Test
    void gainAcrossCurrenciesIsRefusedInsteadOfMixed() {
        RealizedGain mixed = new RealizedGain(1, 1, ACME, FEB_15, FEB_15, BigDecimal.ONE,
                Money.of("1", "USD"), Money.of("1", "EUR"));
        assertThatThrownBy(mixed::gain).isInstanceOf(CurrencyMismatchException.class);
    }
}
