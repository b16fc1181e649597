package dev.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.market.BarSeries;
import org.junit.jupiter.api.Test;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.CCIIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.ParabolicSarIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.StochasticOscillatorDIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.StochasticRSIIndicator;
import org.ta4j.core.indicators.WilliamsRIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.adx.MinusDIIndicator;
import org.ta4j.core.indicators.adx.PlusDIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.HMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.averages.WMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.donchian.DonchianChannelLowerIndicator;
import org.ta4j.core.indicators.donchian.DonchianChannelMiddleIndicator;
import org.ta4j.core.indicators.donchian.DonchianChannelUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.TypicalPriceIndicator;
import org.ta4j.core.indicators.ichimoku.IchimokuChikouSpanIndicator;
import org.ta4j.core.indicators.ichimoku.IchimokuKijunSenIndicator;
import org.ta4j.core.indicators.ichimoku.IchimokuSenkouSpanAIndicator;
import org.ta4j.core.indicators.ichimoku.IchimokuSenkouSpanBIndicator;
import org.ta4j.core.indicators.ichimoku.IchimokuTenkanSenIndicator;
import org.ta4j.core.indicators.keltner.KeltnerChannelLowerIndicator;
import org.ta4j.core.indicators.keltner.KeltnerChannelMiddleIndicator;
import org.ta4j.core.indicators.keltner.KeltnerChannelUpperIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.indicators.volume.OnBalanceVolumeIndicator;
import org.ta4j.core.indicators.volume.VWAPIndicator;
import org.ta4j.core.num.Num;

/**
 * Every indicator against ta4j 0.21 (DoubleNum) on 4,000 real-shaped bars. Where both follow the same
 * definition the values agree to 1e-9 from our first value on. Where ta4j seeds differently (EMA from the
 * first value instead of an SMA; Wilder averages as an EMA with alpha 1/n started at bar 0) the difference
 * decays geometrically, so those are compared after a convergence window of {@value #CONVERGED} bars.
 */
class Ta4jCrossCheckTest {

    private static final int N = 4000;
    private static final int CONVERGED = 600;
    private static final double TOL = 1e-9;

    private final BarSeries bars = SyntheticBars.generate(42, N);
    private final org.ta4j.core.BarSeries series = Ta4j.series(bars);
    private final ClosePriceIndicator close = new ClosePriceIndicator(series);
    private final double[] c = bars.closes();

    @Test
    void smaMatchesExactlyFromItsFirstValue() {
        // ta4j averages partial windows before bar n-1; we leave them NaN (TA-Lib).
        double[] ours = Sma.compute(close(), 20);
        assertLeadingNaN(ours, Sma.lookback(20));
        assertClose("SMA", ours, theirs(new SMAIndicator(close, 20)), Sma.lookback(20));
    }

    @Test
    void emaConvergesToTa4jAfterSeedingDifference() {
        // ta4j seeds the EMA with the first close, TA-Lib (us) with the SMA of the first n closes.
        double[] ours = Ema.compute(close(), 20);
        assertLeadingNaN(ours, Ema.lookback(20));
        double[] theirs = theirs(new EMAIndicator(close, 20));
        assertThat(Math.abs(ours[19] - theirs[19])).isGreaterThan(1e-6);
        assertClose("EMA", ours, theirs, CONVERGED);
    }

    @Test
    void wmaAndHmaMatchExactlyFromTheirFirstValue() {
        assertClose("WMA", Wma.compute(close(), 10), theirs(new WMAIndicator(close, 10)), Wma.lookback(10));
        double[] hma = Hma.compute(close(), 20);
        assertLeadingNaN(hma, Hma.lookback(20));
        assertClose("HMA", hma, theirs(new HMAIndicator(close, 20)), Hma.lookback(20));
    }

    @Test
    void rsiConvergesToTa4jWilderAverage() {
        // ta4j's RSI smooths gains/losses with an MMA (alpha 1/n) started at bar 0; TA-Lib seeds with an SMA.
        double[] ours = Rsi.compute(close(), 14);
        assertLeadingNaN(ours, Rsi.lookback(14));
        assertClose("RSI", ours, theirs(new RSIIndicator(close, 14)), CONVERGED);
    }

    @Test
    void macdLinesConvergeToTa4j() {
        Macd.Lines ours = Macd.compute(close(), 12, 26, 9);
        MACDIndicator macd = new MACDIndicator(close, 12, 26);
        assertLeadingNaN(ours.macd(), 25);
        assertLeadingNaN(ours.signal(), Macd.lookback(12, 26, 9));
        assertClose("MACD", ours.macd(), theirs(macd), CONVERGED);
        assertClose("MACD signal", ours.signal(), theirs(macd.getSignalLine(9)), CONVERGED);
        assertClose("MACD histogram", ours.histogram(), theirs(macd.getHistogram(9)), CONVERGED);
    }

    @Test
    void bollingerMatchesExactlyFromItsFirstValue() {
        Bands ours = Bollinger.compute(close(), 20, 2);
        BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
        StandardDeviationIndicator sd = new StandardDeviationIndicator(close, 20);
        Num two = series.numFactory().numOf(2);
        assertLeadingNaN(ours.upper(), Bollinger.lookback(20));
        assertClose("BB middle", ours.middle(), theirs(middle), 19);
        assertClose("BB upper", ours.upper(), theirs(new BollingerBandsUpperIndicator(middle, sd, two)), 19);
        assertClose("BB lower", ours.lower(), theirs(new BollingerBandsLowerIndicator(middle, sd, two)), 19);
    }

    @Test
    void keltnerConvergesToTa4jOnTypicalPrice() {
        // ta4j's Keltner middle is an EMA of the typical price (first-value seeded) and its ATR an MMA.
        double[] typical = PriceSource.HLC3.of(bars);
        Bands ours = Keltner.compute(typical, bars.highs(), bars.lows(), c, N, 20, 10, 2, null);
        assertLeadingNaN(ours.upper(), Keltner.lookback(20, 10));
        KeltnerChannelMiddleIndicator middle = new KeltnerChannelMiddleIndicator(series, 20);
        assertClose("KC middle", ours.middle(), theirs(middle), CONVERGED);
        assertClose("KC upper", ours.upper(), theirs(new KeltnerChannelUpperIndicator(middle, 2, 10)), CONVERGED);
        assertClose("KC lower", ours.lower(), theirs(new KeltnerChannelLowerIndicator(middle, 2, 10)), CONVERGED);
    }

    @Test
    void donchianMatchesExactlyFromItsFirstValue() {
        Bands ours = Donchian.compute(bars, 20);
        assertLeadingNaN(ours.upper(), Donchian.lookback(20));
        assertClose("DC upper", ours.upper(), theirs(new DonchianChannelUpperIndicator(series, 20)), 19);
        assertClose("DC middle", ours.middle(), theirs(new DonchianChannelMiddleIndicator(series, 20)), 19);
        assertClose("DC lower", ours.lower(), theirs(new DonchianChannelLowerIndicator(series, 20)), 19);
    }

    @Test
    void atrConvergesToTa4j() {
        // ta4j: MMA of TR with TR[0] = H-L; TA-Lib: TR from bar 1, SMA seed over TR[1..n].
        double[] ours = Atr.compute(bars, 14);
        assertLeadingNaN(ours, Atr.lookback(14));
        assertClose("ATR", ours, theirs(new ATRIndicator(series, 14)), CONVERGED);
    }

    @Test
    void directionalMovementConvergesToTa4j() {
        // ta4j averages +DM, -DM, TR and DX with MMAs from bar 0; TA-Lib uses seeded Wilder sums. DI is a ratio
        // of two such averages, so the two agree once the seeds have decayed.
        Adx.Lines ours = Adx.compute(bars, 14);
        assertLeadingNaN(ours.plusDi(), Adx.diLookback(14));
        assertLeadingNaN(ours.adx(), Adx.lookback(14));
        assertClose("+DI", ours.plusDi(), theirs(new PlusDIIndicator(series, 14)), CONVERGED);
        assertClose("-DI", ours.minusDi(), theirs(new MinusDIIndicator(series, 14)), CONVERGED);
        assertClose("ADX", ours.adx(), theirs(new ADXIndicator(series, 14)), CONVERGED);
    }

    @Test
    void obvDiffersOnlyByTheFirstBarsVolume() {
        // TA-Lib starts OBV at volume[0], ta4j at 0.
        double[] ours = Obv.compute(bars);
        double[] theirs = theirs(new OnBalanceVolumeIndicator(series));
        double[] shifted = new double[N];
        for (int i = 0; i < N; i++) shifted[i] = ours[i] - bars.volume(0);
        assertClose("OBV", shifted, theirs, 0);
    }

    @Test
    void cciMatchesExactlyFromItsFirstValue() {
        double[] ours = Cci.compute(bars, 20);
        assertLeadingNaN(ours, Cci.lookback(20));
        double[] theirs = theirs(new CCIIndicator(series, 20));
        int flat = 0;
        for (int i = 19; i < N; i++) {
            if (typicalPriceRange(i - 19, i) == 0) {
                // Identical prices: ours is exactly 0, ta4j divides rounding noise by rounding noise.
                assertThat(ours[i]).as("CCI of a flat window at %d", i).isZero();
                flat++;
            } else {
                // TP - SMA(TP) cancels: with a mean deviation of a few cents at a price of 100, rounding in
                // the two libraries' different summation orders is amplified ~1e3, hence 1e-7 here.
                double tol = 1e-7 * Math.max(1, Math.abs(theirs[i]));
                assertThat(Math.abs(ours[i] - theirs[i])).as("CCI at bar %d", i).isLessThanOrEqualTo(tol);
            }
        }
        assertThat(flat).as("flat windows exercised").isPositive();
    }

    @Test
    void williamsRMatchesExactlyFromItsFirstValue() {
        double[] ours = WilliamsR.compute(bars, 14);
        assertLeadingNaN(ours, WilliamsR.lookback(14));
        assertCloseOrZeroWhereTa4jIsNaN("%R", ours, theirs(new WilliamsRIndicator(series, 14)), 13);
    }

    @Test
    void stochasticMatchesExactlyFromItsFirstValue() {
        StochasticLines ours = Stochastic.compute(bars, 14, 1, 3);
        StochasticOscillatorKIndicator k = new StochasticOscillatorKIndicator(series, 14);
        assertLeadingNaN(ours.k(), 13);
        assertLeadingNaN(ours.d(), Stochastic.lookback(14, 1, 3));
        assertCloseOrZeroWhereTa4jIsNaN("%K", ours.k(), theirs(k), 13);
        double[] d = theirs(new StochasticOscillatorDIndicator(k));
        for (int i = 15; i < N; i++) {
            // ta4j's %D is NaN wherever one of its three %K values is; compare the rest.
            if (!Double.isNaN(d[i])) assertNear("%D", i, ours.d()[i], d[i]);
        }
    }

    @Test
    void stochasticRsiConvergesToTa4j() {
        // ta4j has no %K smoothing (kSmoothing 1 here) and its RSI converges as above.
        StochasticLines ours = StochasticRsi.compute(close(), 14, 14, 1, 3);
        assertLeadingNaN(ours.k(), StochasticRsi.lookback(14, 14, 1, 1));
        double[] theirs = theirs(new StochasticRSIIndicator(series, 14));
        double[] rsi = Rsi.compute(close(), 14);
        int compared = 0;
        for (int i = CONVERGED; i < N; i++) {
            double range = range(rsi, i - 13, i);
            if (range == 0 || Double.isNaN(theirs[i])) {
                assertThat(ours.k()[i]).as("StochRSI with a flat RSI at %d", i).isZero();
            } else if (range > 1e-3) {
                // Below that, the stochastic divides the two RSIs' last-digit differences by a tiny range.
                assertNear("StochRSI", i, ours.k()[i], theirs[i]);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(N - CONVERGED - 200);
    }

    @Test
    void parabolicSarAgreesWithTa4jExceptAroundReversals() {
        // Same recurrence, different edge rules (we follow TA-Lib): ta4j picks the first trend from close vs
        // close (TA-Lib from -DM), reverses a long only when low < SAR (TA-Lib: low <= SAR), and clamps a
        // reversal bar's SAR against bars i-1 and i-2 (TA-Lib: i-1 and i). Each difference lasts until the
        // next reversal both agree on, after which the values are identical again.
        double[] ours = ParabolicSar.compute(bars, 0.02, 0.2);
        double[] theirs = theirs(new ParabolicSarIndicator(series));
        assertLeadingNaN(ours, ParabolicSar.lookback());
        int same = 0;
        int run = 0;
        int longestRun = 0;
        for (int i = 1; i < N; i++) {
            if (Math.abs(ours[i] - theirs[i]) <= TOL * Math.abs(theirs[i])) {
                same++;
                run = 0;
            } else {
                longestRun = Math.max(longestRun, ++run);
            }
        }
        assertThat(same).as("bars with identical SAR").isGreaterThan((int) (0.85 * N));
        assertThat(longestRun).as("longest stretch before re-synchronising").isLessThan(80);
        assertThat(run).as("identical at the end").isZero();
    }

    @Test
    void ichimokuMatchesTa4jOnceDisplacementIsApplied() {
        Ichimoku.Lines ours = Ichimoku.compute(bars, 9, 26, 52, 26);
        assertClose("tenkan", ours.tenkan(), theirs(new IchimokuTenkanSenIndicator(series, 9)), 8);
        assertClose("kijun", ours.kijun(), theirs(new IchimokuKijunSenIndicator(series, 26)), 25);
        double[] a = theirs(new IchimokuSenkouSpanAIndicator(series, 9, 26));
        double[] b = theirs(new IchimokuSenkouSpanBIndicator(series, 52, 26));
        double[] chikou = theirs(new IchimokuChikouSpanIndicator(series, 26));
        // ta4j returns the spans on the bar they are drawn on, drawn displacement-1 bars ahead (TradingView's
        // offset), and chikou at bar i as the close displacement bars later. Ours are unshifted.
        int ahead = ours.displacement() - 1;
        for (int i = 51; i + ahead < N; i++) {
            assertNear("senkou A", i, ours.senkouA()[i], a[i + ahead]);
            assertNear("senkou B", i, ours.senkouB()[i], b[i + ahead]);
        }
        for (int i = ours.displacement(); i < N; i++) {
            assertNear("chikou", i, ours.chikou()[i], chikou[i - ours.displacement()]);
        }
        assertLeadingNaN(ours.senkouB(), 51);
        assertLeadingNaN(ours.senkouA(), 25);
    }

    @Test
    void sessionVwapMatchesTa4jWindowOfTheSessionSoFar() {
        // ta4j's VWAP is a rolling window; with fixed 30-bar sessions, bar j of a session equals ta4j's
        // VWAP over the last j+1 bars.
        int len = 30;
        long[] keys = new long[N];
        for (int i = 0; i < N; i++) keys[i] = i / len;
        double[] ours = Vwap.compute(bars.highs(), bars.lows(), c, bars.volumes(), keys, N, null);
        for (int j = 0; j < len; j++) {
            double[] theirs = theirs(new VWAPIndicator(series, j + 1));
            for (int i = len + j; i < N; i += len) {
                if (Double.isNaN(ours[i]) && Double.isNaN(theirs[i])) continue;
                assertNear("VWAP bar " + j + " of session", i, ours[i], theirs[i]);
            }
        }
    }

    private double[] close() {
        return java.util.Arrays.copyOf(c, N);
    }

    private static double[] theirs(Indicator<Num> indicator) {
        return Ta4j.values(indicator, N);
    }

    private static void assertLeadingNaN(double[] values, int lookback) {
        for (int i = 0; i < lookback; i++) assertThat(values[i]).as("value %d before lookback %d", i, lookback).isNaN();
        assertThat(values[lookback]).as("first value at lookback %d", lookback).isNotNaN();
    }

    private static void assertCloseOrZeroWhereTa4jIsNaN(String what, double[] ours, double[] theirs, int from) {
        int zeroRange = 0;
        for (int i = from; i < ours.length; i++) {
            if (Double.isNaN(theirs[i])) {
                // HH == LL: TA-Lib (us) defines the oscillator as 0, ta4j divides 0 by 0.
                assertThat(ours[i]).as("%s with a zero range at %d", what, i).isZero();
                zeroRange++;
            } else {
                assertNear(what, i, ours[i], theirs[i]);
            }
        }
        assertThat(zeroRange).as("zero-range windows exercised").isPositive();
    }

    private static double range(double[] values, int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            max = Math.max(max, values[i]);
            min = Math.min(min, values[i]);
        }
        return max - min;
    }

    private double typicalPriceRange(int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            double tp = (bars.high(i) + bars.low(i) + bars.close(i)) / 3;
            max = Math.max(max, tp);
            min = Math.min(min, tp);
        }
        return max - min;
    }

    private static void assertClose(String what, double[] ours, double[] theirs, int from) {
        for (int i = from; i < ours.length; i++) assertNear(what, i, ours[i], theirs[i]);
    }

    private static void assertNear(String what, int i, double ours, double theirs) {
        double tol = TOL * Math.max(1, Math.abs(theirs));
        assertThat(Math.abs(ours - theirs)).as("%s at bar %d: ours %s, ta4j %s", what, i, ours, theirs).isLessThanOrEqualTo(tol);
    }
}
