package dev.meridian.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.market.BarSeries;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The streaming form of every indicator gives exactly (bit for bit) the batch numbers, with and without live revisions. */
class StreamingEquivalenceTest {

    private static final BarSeries BARS = SyntheticBars.generate(7, 3000);

    static List<IndicatorCatalog.Entry> indicators() {
        return IndicatorCatalog.all();
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void appendingBarByBarEqualsFullRecomputation(IndicatorCatalog.Entry entry) {
        StreamingIndicator stream = entry.stream().get();
        for (int i = 0; i < BARS.size(); i++) {
            stream.append(BARS.time(i), BARS.open(i), BARS.high(i), BARS.low(i), BARS.close(i), BARS.volume(i));
        }
        assertSame(entry, stream, entry.batch().apply(BARS), BARS.size());
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void everyOutputIsNaNBeforeItsDocumentedLookbackAndDefinedFromIt(IndicatorCatalog.Entry entry) {
        double[][] outputs = entry.batch().apply(BARS);
        assertThat(entry.lookbacks()).hasSize(outputs.length);
        for (int k = 0; k < outputs.length; k++) {
            int lookback = entry.lookbacks()[k];
            for (int i = 0; i < lookback; i++) assertThat(outputs[k][i]).as("%s output %d at %d", entry, k, i).isNaN();
            assertThat(outputs[k][lookback]).as("%s output %d at its lookback %d", entry, k, lookback).isNotNaN();
        }
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void revisingTheLiveBarEqualsFullRecomputation(IndicatorCatalog.Entry entry) {
        SplittableRandom rnd = new SplittableRandom(entry.name().hashCode());
        StreamingIndicator stream = entry.stream().get();
        for (int i = 0; i < BARS.size(); i++) {
            // The live bar first arrives as a partial bar and is revised 0..3 times before it closes.
            double o = BARS.open(i);
            double c = o * (1 + 0.01 * (rnd.nextDouble() - 0.5));
            stream.append(BARS.time(i), o, Math.max(o, c), Math.min(o, c), c, BARS.volume(i) * rnd.nextDouble());
            int revisions = rnd.nextInt(4);
            for (int r = 0; r < revisions; r++) {
                double c2 = o * (1 + 0.02 * (rnd.nextDouble() - 0.5));
                stream.reviseLast(o, Math.max(o, c2) * 1.001, Math.min(o, c2) * 0.999, c2, BARS.volume(i) * rnd.nextDouble());
            }
            stream.reviseLast(BARS.open(i), BARS.high(i), BARS.low(i), BARS.close(i), BARS.volume(i));
        }
        assertSame(entry, stream, entry.batch().apply(BARS), BARS.size());
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void aRevisedLiveBarReadsAsIfItHadArrivedThatWay(IndicatorCatalog.Entry entry) {
        BarSeries bars = SyntheticBars.generate(11, 400);
        StreamingIndicator stream = entry.stream().get();
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < bars.size(); i++) {
            stream.append(bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
            if (i % 37 != 36) continue;
            // Revise the live bar to something else and compare with a batch over the bars so far plus it.
            BarSeries revised = new BarSeries(i + 1);
            for (int j = 0; j < i; j++) {
                revised.append(bars.time(j), bars.open(j), bars.high(j), bars.low(j), bars.close(j), bars.volume(j));
            }
            double c = bars.close(i) * (1 + 0.03 * (rnd.nextDouble() - 0.5));
            double h = Math.max(bars.high(i), c);
            double l = Math.min(bars.low(i), c);
            revised.append(bars.time(i), bars.open(i), h, l, c, bars.volume(i) * 2);
            stream.reviseLast(bars.open(i), h, l, c, bars.volume(i) * 2);
            assertSame(entry, stream, entry.batch().apply(revised), i + 1);
            stream.reviseLast(bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
        }
        assertSame(entry, stream, entry.batch().apply(bars), bars.size());
    }

    @Test
    void activeIndicatorsPushEveryBarThroughEveryIndicator() {
        ActiveIndicators chart = new ActiveIndicators();
        BarSeries history = new BarSeries(16);
        for (IndicatorCatalog.Entry e : indicators()) chart.add(e.stream().get(), history);
        for (int i = 0; i < 1500; i++) {
            chart.append(BARS.time(i), BARS.open(i), BARS.high(i), BARS.low(i), BARS.close(i), 0);
            chart.reviseLast(BARS.open(i), BARS.high(i), BARS.low(i), BARS.close(i), BARS.volume(i));
            history.append(BARS.time(i), BARS.open(i), BARS.high(i), BARS.low(i), BARS.close(i), BARS.volume(i));
        }
        // An indicator added to the running chart catches up on the history and then keeps in step.
        StreamingIndicator late = Rsi.stream(14, PriceSource.CLOSE);
        chart.add(late, history);
        for (int i = 1500; i < BARS.size(); i++) {
            chart.append(BARS.time(i), BARS.open(i), BARS.high(i), BARS.low(i), BARS.close(i), BARS.volume(i));
        }
        List<StreamingIndicator> all = chart.indicators();
        assertThat(all).hasSize(indicators().size() + 1);
        for (int k = 0; k < indicators().size(); k++) {
            assertSame(indicators().get(k), all.get(k), indicators().get(k).batch().apply(BARS), BARS.size());
        }
        assertThat(late.toArray(0)).isEqualTo(Rsi.compute(BARS.closes(), BARS.size(), 14, null));
    }

    @Test
    void streamsRejectOutOfOrderBarsAndRevisionsBeforeAnyBar() {
        StreamingIndicator ema = Ema.stream(3, PriceSource.CLOSE);
        assertThatThrownBy(() -> ema.reviseLast(1, 1, 1, 1, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EMA(3)");
        ema.append(1000, 1, 1, 1, 1, 1);
        assertThatThrownBy(() -> ema.append(1000, 2, 2, 2, 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not after");
        assertThat(ema.size()).isEqualTo(1);

        ActiveIndicators chart = new ActiveIndicators();
        StreamingIndicator sma = Sma.stream(2, PriceSource.CLOSE);
        chart.add(sma, new BarSeries(1));
        chart.append(1000, 1, 1, 1, 1, 1);
        assertThatThrownBy(() -> chart.append(999, 2, 2, 2, 2, 1)).hasMessageContaining("not after");
        assertThat(chart.size()).isEqualTo(1);
        assertThat(sma.size()).isEqualTo(1);
    }

    private static void assertSame(IndicatorCatalog.Entry entry, StreamingIndicator stream, double[][] batch, int n) {
        assertThat(stream.size()).isEqualTo(n);
        assertThat(stream.outputCount()).isEqualTo(batch.length);
        for (int k = 0; k < batch.length; k++) {
            double[] expected = java.util.Arrays.copyOf(batch[k], n);
            double[] actual = stream.toArray(k);
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(expected[i])) {
                    assertThat(actual[i]).as("%s output %s at %d", entry, stream.outputNames().get(k), i).isNaN();
                } else {
                    // Batch and streaming share their arithmetic, so the match is exact, not merely within 1e-9.
                    assertThat(actual[i]).as("%s output %s at %d", entry, stream.outputNames().get(k), i).isEqualTo(expected[i]);
                }
            }
        }
    }
}
