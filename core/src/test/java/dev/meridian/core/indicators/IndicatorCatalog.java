package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.TradingSession;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Every indicator in its batch and streaming forms, with the batch outputs in streaming output order. */
final class IndicatorCatalog {

    /** {@code lookbacks[k]}: index of output k's first value, from the kernel's documented lookback. */
    record Entry(String name, Function<BarSeries, double[][]> batch, Supplier<StreamingIndicator> stream, int... lookbacks) {
        @Override
        public String toString() {
            return name;
        }
    }

    private IndicatorCatalog() {
    }

    static List<Entry> all() {
        TradingSession session = TradingSession.usEquities();
        return List.of(
                new Entry("SMA", b -> one(Sma.compute(b.closes(), b.size(), 20, null)), () -> Sma.stream(20, PriceSource.CLOSE), Sma.lookback(20)),
                new Entry("EMA", b -> one(Ema.compute(b.closes(), b.size(), 20, null)), () -> Ema.stream(20, PriceSource.CLOSE), Ema.lookback(20)),
                new Entry("WMA", b -> one(Wma.compute(b.closes(), b.size(), 10, null)), () -> Wma.stream(10, PriceSource.CLOSE), Wma.lookback(10)),
                new Entry("HMA", b -> one(Hma.compute(b.closes(), b.size(), 16, null)), () -> Hma.stream(16, PriceSource.CLOSE), Hma.lookback(16)),
                new Entry("VWAP", b -> one(Vwap.compute(b, session)), () -> Vwap.stream(session), Vwap.lookback()),
                new Entry("Bollinger", b -> bands(Bollinger.compute(b.closes(), b.size(), 20, 2, null)),
                        () -> Bollinger.stream(20, 2, PriceSource.CLOSE), Bollinger.lookback(20), Bollinger.lookback(20), Bollinger.lookback(20)),
                new Entry("Keltner", b -> bands(Keltner.compute(b, PriceSource.CLOSE, 20, 10, 2)),
                        () -> Keltner.stream(PriceSource.CLOSE, 20, 10, 2), Keltner.lookback(20, 10), Ema.lookback(20), Keltner.lookback(20, 10)),
                new Entry("Donchian", b -> bands(Donchian.compute(b, 20)), () -> Donchian.stream(20), Donchian.lookback(20), Donchian.lookback(20), Donchian.lookback(20)),
                new Entry("RSI", b -> one(Rsi.compute(b.closes(), b.size(), 14, null)), () -> Rsi.stream(14, PriceSource.CLOSE), Rsi.lookback(14)),
                new Entry("MACD", b -> {
                    Macd.Lines m = Macd.compute(b.closes(), b.size(), 12, 26, 9, null);
                    return new double[][] {m.macd(), m.signal(), m.histogram()};
                }, () -> Macd.stream(12, 26, 9, PriceSource.CLOSE), 25, Macd.lookback(12, 26, 9), Macd.lookback(12, 26, 9)),
                new Entry("Stochastic", b -> stoch(Stochastic.compute(b, 14, 3, 3)), () -> Stochastic.stream(14, 3, 3), Stochastic.lookback(14, 3, 1), Stochastic.lookback(14, 3, 3)),
                new Entry("StochasticRSI", b -> stoch(StochasticRsi.compute(b.closes(), b.size(), 14, 14, 3, 3, null)),
                        () -> StochasticRsi.stream(14, 14, 3, 3, PriceSource.CLOSE), StochasticRsi.lookback(14, 14, 3, 1), StochasticRsi.lookback(14, 14, 3, 3)),
                new Entry("ATR", b -> one(Atr.compute(b, 14)), () -> Atr.stream(14), Atr.lookback(14)),
                new Entry("ADX", b -> {
                    Adx.Lines a = Adx.compute(b, 14);
                    return new double[][] {a.plusDi(), a.minusDi(), a.adx()};
                }, () -> Adx.stream(14), Adx.diLookback(14), Adx.diLookback(14), Adx.lookback(14)),
                new Entry("OBV", b -> one(Obv.compute(b)), Obv::stream, Obv.lookback()),
                new Entry("CCI", b -> one(Cci.compute(b, 20)), () -> Cci.stream(20), Cci.lookback(20)),
                new Entry("WilliamsR", b -> one(WilliamsR.compute(b, 14)), () -> WilliamsR.stream(14), WilliamsR.lookback(14)),
                new Entry("ParabolicSAR", b -> one(ParabolicSar.compute(b, 0.02, 0.2)), () -> ParabolicSar.stream(0.02, 0.2), ParabolicSar.lookback()),
                new Entry("Ichimoku", b -> {
                    Ichimoku.Lines l = Ichimoku.compute(b, 9, 26, 52, 26);
                    return new double[][] {l.tenkan(), l.kijun(), l.senkouA(), l.senkouB(), l.chikou()};
                }, () -> Ichimoku.stream(9, 26, 52, 26), 8, 25, 25, 51, 0));
    }

    private static double[][] one(double[] values) {
        return new double[][] {values};
    }

    private static double[][] bands(Bands b) {
        return new double[][] {b.upper(), b.middle(), b.lower()};
    }

    private static double[][] stoch(StochasticLines s) {
        return new double[][] {s.k(), s.d()};
    }
}
