package dev.meridian.core.portfolio.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.portfolio.DailyCloses;
import dev.meridian.core.portfolio.performance.ReturnSeries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskMetricsTest {

    private static final int START = (int) LocalDate.parse("2024-01-01").toEpochDay();

    private static ReturnSeries series(double... r) {
        int[] days = new int[r.length];
        for (int i = 0; i < r.length; i++) days[i] = START + 1 + i;
        return new ReturnSeries(days, r);
    }

    /**
     * Returns +10 %, -10 %, +5 %, -2 %: mean 0.0075, squared deviations sum 0.022675, sample variance
     * 0.022675/3; downside squares 0.01 + 0.0004 over 4 days = 0.0026. Index 1.1, 0.99, 1.0395, 1.01871:
     * peak 1.1 on Jan 2, trough 0.99 on Jan 3, depth 10 %, not recovered by Jan 5 (3 days).
     */
    @Test
    void handWorkedFigures() {
        RiskReport r = RiskMetrics.of(START, series(0.10, -0.10, 0.05, -0.02), AnnualizationBasis.TRADING_DAYS, 0.0);
        double sd = Math.sqrt(0.022675 / 3);
        assertThat(r.volatility()).isCloseTo(sd * Math.sqrt(252), within(1e-12));
        assertThat(r.sharpe()).isCloseTo(0.0075 / sd * Math.sqrt(252), within(1e-9));
        assertThat(r.sortino()).isCloseTo(0.0075 / Math.sqrt(0.0026) * Math.sqrt(252), within(1e-9));
        assertThat(r.maxDrawdown().depth()).isCloseTo(0.10, within(1e-12));
        assertThat(r.maxDrawdown().peak()).isEqualTo(LocalDate.parse("2024-01-02"));
        assertThat(r.maxDrawdown().trough()).isEqualTo(LocalDate.parse("2024-01-03"));
        assertThat(r.maxDrawdown().recovery()).isNull();
        assertThat(r.maxDrawdown().durationDays()).isEqualTo(3);
    }

    @Test
    void riskFreeRateLowersSharpe() {
        double[] r = {0.10, -0.10, 0.05, -0.02};
        double sd = Math.sqrt(0.022675 / 3);
        assertThat(RiskMetrics.sharpe(r, AnnualizationBasis.CALENDAR_DAYS, 0.0365))
                .isCloseTo((0.0075 - 0.0001) / sd * Math.sqrt(365), within(1e-9));
    }

    @Test
    void drawdownRecoveryEndsItsDuration() {
        Drawdown d = RiskMetrics.maxDrawdown(START, series(0.1, -0.1, 0.2));
        assertThat(d.recovery()).isEqualTo(LocalDate.parse("2024-01-04"));
        assertThat(d.durationDays()).isEqualTo(2);
    }

    @Test
    void betaAndCorrelationAgainstABenchmarkMovingHalfAsMuch() {
        // benchmark returns are half the portfolio's: beta 2, correlation 1
        int[] days = {START, START + 1, START + 2, START + 3, START + 4};
        double[] closes = {100, 105, 99.75, 102.24375, 101.2213125};
        BenchmarkComparison c = RiskMetrics.compare(START, series(0.10, -0.10, 0.05, -0.02), DailyCloses.of(days, closes));
        assertThat(c.beta()).isCloseTo(2.0, within(1e-9));
        assertThat(c.correlation()).isCloseTo(1.0, within(1e-9));
        assertThat(c.observations()).isEqualTo(4);
    }

    @Test
    void cryptoOnlyScopesUseCalendarDays() {
        assertThat(AnnualizationBasis.forAssetClasses(List.of(AssetClass.CRYPTO))).isEqualTo(AnnualizationBasis.CALENDAR_DAYS);
        assertThat(AnnualizationBasis.forAssetClasses(List.of(AssetClass.CRYPTO, AssetClass.ETF))).isEqualTo(AnnualizationBasis.TRADING_DAYS);
    }

    @Test
    void tooFewReturnsIsAClearError() {
        assertThatThrownBy(() -> RiskMetrics.volatility(new double[] {0.1}, AnnualizationBasis.TRADING_DAYS))
                .hasMessageContaining("at least 2 daily returns");
    }
}
