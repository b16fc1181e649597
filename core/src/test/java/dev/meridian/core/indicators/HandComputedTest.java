package dev.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.meridian.core.market.BarSeries;
import org.junit.jupiter.api.Test;

/** Small cases worked out by hand (or from a published worked example) with the expected numbers inline. */
class HandComputedTest {

    private static final double NaN = Double.NaN;

    @Test
    void smaOfOneToFive() {
        assertThat(Sma.compute(new double[] {1, 2, 3, 4, 5}, 3)).containsExactly(NaN, NaN, 2, 3, 4);
    }

    @Test
    void emaIsSeededWithTheSmaLikeTaLib() {
        // seed (1+2+3)/3 = 2, then alpha 0.5: 2 + 0.5*(4-2) = 3, 3 + 0.5*(10-3) = 6.5
        assertThat(Ema.compute(new double[] {1, 2, 3, 4, 10}, 3)).containsExactly(NaN, NaN, 2, 3, 6.5);
    }

    @Test
    void emaSkipsLeadingNaNOfAnUpstreamIndicator() {
        assertThat(Ema.compute(new double[] {NaN, NaN, 1, 2, 3, 4, 10}, 3)).containsExactly(NaN, NaN, NaN, NaN, 2, 3, 6.5);
    }

    @Test
    void wmaWeightsTheNewestBarHeaviest() {
        double[] wma = Wma.compute(new double[] {1, 2, 3, 4, 5}, 3);
        assertThat(wma[2]).isCloseTo(14.0 / 6, within(1e-12));
        assertThat(wma[3]).isCloseTo(20.0 / 6, within(1e-12));
        assertThat(wma[4]).isCloseTo(26.0 / 6, within(1e-12));
    }

    @Test
    void hullAverageHasNoLagOnAStraightLine() {
        // WMA(2) lags a unit-slope line by 1/3, WMA(4) by 1; 2*(x-1/3) - (x-1) = x + 1/3, and WMA(2) of that is x.
        double[] hma = Hma.compute(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 4);
        assertThat(Hma.lookback(4)).isEqualTo(4);
        for (int i = 0; i < 4; i++) assertThat(hma[i]).isNaN();
        for (int i = 4; i < 8; i++) assertThat(hma[i]).isCloseTo(i + 1, within(1e-12));
    }

    @Test
    void rsiMatchesWildersWorkedExampleAsPublishedByStockCharts() {
        double[] closes = {44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61,
            46.28, 46.28, 46.00, 46.03, 46.41, 46.22, 45.64, 46.21, 46.25, 45.71, 46.45, 45.78, 45.35, 44.03, 44.18,
            44.22, 44.57, 43.42, 42.66, 43.13};
        double[] published = {70.53, 66.32, 66.55, 69.41, 66.36, 57.97, 62.93, 63.26, 56.06, 62.38, 54.71, 50.42,
            39.99, 41.46, 41.87, 45.46, 37.30, 33.08, 37.77};
        double[] rsi = Rsi.compute(closes, 14);
        for (int i = 0; i < 14; i++) assertThat(rsi[i]).isNaN();
        // Exact seed: gains over the first 14 changes sum to 3.34, losses to 1.40.
        assertThat(rsi[14]).isCloseTo(100 * 3.34 / (3.34 + 1.40), within(1e-9));
        // StockCharts' table carries its averages rounded to two decimals, which puts its early values up to
        // 0.07 above the exact ones; the gap decays as Wilder's average forgets the seed.
        for (int k = 0; k < published.length; k++) {
            assertThat(rsi[14 + k]).as("RSI at %d", 14 + k).isCloseTo(published[k], within(0.08));
        }
        assertThat(rsi[32]).isCloseTo(published[18], within(0.03));
    }

    @Test
    void rsiIsHundredWithoutLossesAndZeroWhenFlat() {
        assertThat(Rsi.compute(new double[] {1, 2, 3, 4}, 3)[3]).isEqualTo(100);
        assertThat(Rsi.compute(new double[] {5, 5, 5, 5}, 3)[3]).isZero();
    }

    @Test
    void atrSeedsWithTheMeanTrueRangeThenWilder() {
        BarSeries bars = bars(new double[][] {{10, 8, 9}, {11, 9, 10}, {12, 9, 11}, {11, 10, 10.5}});
        // TR1 = 2, TR2 = max(3, |12-10|, |9-10|) = 3, TR3 = max(1, 0, 1) = 1
        assertThat(Atr.compute(bars, 2)).containsExactly(NaN, NaN, 2.5, 1.75);
    }

    @Test
    void macdSeedsTheFastEmaWhereTheSlowOneStartsLikeTaLib() {
        Macd.Lines m = Macd.compute(new double[] {5, 1, 3, 4, 10}, 2, 3, 2);
        // slow EMA(3) at bar 2 = 3; fast EMA(2) seeded on bars 1..2 = 2 (not on bars 0..1 = 3): line = -1.
        assertThat(m.macd()).startsWith(NaN, NaN, -1.0);
        // bar 3: fast 2 + 2/3*(4-2) = 10/3, slow 3 + 0.5*(4-3) = 3.5; line -1/6; signal = mean(-1, -1/6).
        assertThat(m.macd()[3]).isCloseTo(10.0 / 3 - 3.5, within(1e-12));
        assertThat(m.signal()[2]).isNaN();
        assertThat(m.signal()[3]).isCloseTo((-1 + (10.0 / 3 - 3.5)) / 2, within(1e-12));
        assertThat(m.histogram()[3]).isCloseTo(m.macd()[3] - m.signal()[3], within(1e-15));
    }

    @Test
    void bollingerUsesThePopulationStandardDeviation() {
        Bands b = Bollinger.compute(new double[] {1, 2, 3, 4, 5}, 5, 2);
        assertThat(b.middle()[4]).isEqualTo(3);
        assertThat(b.upper()[4]).isCloseTo(3 + 2 * Math.sqrt(2), within(1e-12));
        assertThat(b.lower()[4]).isCloseTo(3 - 2 * Math.sqrt(2), within(1e-12));
        assertThat(b.upper()[3]).isNaN();
    }

    @Test
    void donchianStochasticAndWilliamsOnThreeBars() {
        BarSeries bars = bars(new double[][] {{10, 8, 9}, {12, 9, 11}, {11, 7, 10}});
        Bands dc = Donchian.compute(bars, 3);
        assertThat(dc.upper()[2]).isEqualTo(12);
        assertThat(dc.lower()[2]).isEqualTo(7);
        assertThat(dc.middle()[2]).isEqualTo(9.5);
        // (10 - 7) / (12 - 7) = 60 %
        assertThat(Stochastic.compute(bars, 3, 1, 1).k()[2]).isCloseTo(60, within(1e-12));
        assertThat(WilliamsR.compute(bars, 3)[2]).isCloseTo(-40, within(1e-12));
    }

    @Test
    void obvAddsUpVolumeAndSubtractsDownVolume() {
        BarSeries bars = new BarSeries(4);
        double[] closes = {10, 11, 11, 9};
        for (int i = 0; i < 4; i++) bars.append(i, closes[i], closes[i], closes[i], closes[i], 100 * (i + 1));
        assertThat(Obv.compute(bars)).containsExactly(100, 300, 300, -100);
    }

    @Test
    void cciOfThreeTypicalPrices() {
        BarSeries bars = bars(new double[][] {{1, 1, 1}, {2, 2, 2}, {6, 6, 6}});
        // mean 3, mean deviation (2+1+3)/3 = 2, CCI = (6-3)/(0.015*2) = 100
        assertThat(Cci.compute(bars, 3)[2]).isCloseTo(100, within(1e-9));
    }

    @Test
    void parabolicSarFollowsTaLibStepByStep() {
        BarSeries bars = bars(new double[][] {{10, 9, 9.5}, {11, 9.5, 10}, {12, 10, 11}, {11, 9, 9.5}, {11.5, 8.5, 9}});
        // long (no -DM on bar 1): SAR 9 = low of bar 0, EP 11; 9 + .02*(11-9) = 9.04; new high 12: af .04,
        // 9.04 + .04*(12-9.04) = 9.1584; bar 3 low 9 <= 9.1584: reverse to the EP 12; bar 4 stays short at 12.
        double[] sar = ParabolicSar.compute(bars, 0.02, 0.2);
        assertThat(sar[0]).isNaN();
        assertThat(sar[1]).isEqualTo(9);
        assertThat(sar[2]).isCloseTo(9.04, within(1e-12));
        assertThat(sar[3]).isEqualTo(12);
        assertThat(sar[4]).isEqualTo(12);
    }

    @Test
    void vwapRestartsAtEachSessionAndIsNaNWithoutVolume() {
        double[] p = {10, 20, 30, 40, 50};
        double[] v = {1, 3, 1, 0, 0};
        double[] vwap = Vwap.compute(p, p, p, v, new long[] {1, 1, 2, 2, 3}, 5, null);
        assertThat(vwap).containsExactly(10, 17.5, 30, 30, NaN);
    }

    @Test
    void ichimokuArraysAreUnshifted() {
        BarSeries bars = bars(new double[][] {{10, 8, 9}, {12, 9, 11}, {11, 7, 10}});
        Ichimoku.Lines l = Ichimoku.compute(bars, 2, 3, 3, 26);
        assertThat(l.tenkan()).containsExactly(NaN, 10, 9.5);
        assertThat(l.kijun()).containsExactly(NaN, NaN, 9.5);
        assertThat(l.senkouA()[2]).isEqualTo(9.5);
        assertThat(l.chikou()).containsExactly(9, 11, 10);
        assertThat(l.displacement()).isEqualTo(26);
        Ichimoku.Lines into = new Ichimoku.Lines(new double[3], new double[3], new double[3], new double[3], new double[3], 0);
        Ichimoku.Lines again = Ichimoku.compute(bars.highs(), bars.lows(), bars.closes(), 3, 2, 3, 3, 26, into);
        assertThat(again.tenkan()).isSameAs(into.tenkan()).containsExactly(NaN, 10, 9.5);
        assertThat(again.displacement()).isEqualTo(26);
    }

    @Test
    void badParametersFailWithAClearMessageBeforeWritingOutput() {
        double[] out = {7, 7, 7};
        assertThatThrownBy(() -> Sma.compute(new double[] {1, 2, 3}, 3, 0, out)).hasMessageContaining("SMA period");
        assertThat(out).containsExactly(7, 7, 7);
        assertThatThrownBy(() -> Ema.compute(new double[] {1, 2, 3}, 3, 2, new double[2])).hasMessageContaining("EMA output");
        assertThatThrownBy(() -> Macd.compute(new double[] {1}, 26, 12, 9)).hasMessageContaining("slow period");
        assertThatThrownBy(() -> Hma.compute(new double[] {1}, 1)).hasMessageContaining("HMA period");
        assertThatThrownBy(() -> Bollinger.compute(new double[] {1}, 20, -1)).hasMessageContaining("multiplier");
    }

    @Test
    void callerProvidedOutputIsFilledInPlace() {
        double[] out = new double[5];
        assertThat(Sma.compute(new double[] {1, 2, 3, 4, 5}, 5, 3, out)).isSameAs(out);
        assertThat(out).containsExactly(NaN, NaN, 2, 3, 4);
    }

    private static BarSeries bars(double[][] hlc) {
        BarSeries bars = new BarSeries(hlc.length);
        for (int i = 0; i < hlc.length; i++) bars.append(i * 60_000L, hlc[i][2], hlc[i][0], hlc[i][1], hlc[i][2], 1);
        return bars;
    }
}
