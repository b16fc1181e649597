package dev.meridian.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.market.BarSeries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarketModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static DemoInstrument instrument(String symbol) {
        return DemoInstruments.all().stream().filter(i -> i.symbol().equals(symbol)).findFirst().orElseThrow();
    }

    private static DailyHistory history(String symbol, long seed) {
        return new MarketModel(instrument(symbol)).generate(TODAY, DemoRandom.stream(seed, symbol));
    }

    @Test
    void everyBarOfEveryInstrumentIsAValidPositiveCandle() {
        for (DemoInstrument instrument : DemoInstruments.all()) {
            BarSeries bars = new MarketModel(instrument).generate(TODAY, DemoRandom.stream(7, instrument.symbol())).bars();
            for (int i = 0; i < bars.size(); i++) {
                double o = bars.open(i);
                double c = bars.close(i);
                assertThat(java.util.stream.DoubleStream.of(o, bars.high(i), bars.low(i), c, bars.volume(i)).allMatch(v -> Double.isFinite(v) && v >= 0))
                        .as("%s bar %d finite and non-negative", instrument.symbol(), i).isTrue();
                assertThat(bars.low(i)).as("%s low %d", instrument.symbol(), i).isPositive().isLessThanOrEqualTo(Math.min(o, c));
                assertThat(bars.high(i)).as("%s high %d", instrument.symbol(), i).isGreaterThanOrEqualTo(Math.max(o, c));
                if (i > 0) assertThat(bars.time(i)).isGreaterThan(bars.time(i - 1));
            }
        }
    }

    @Test
    void squaredReturnsAreAutocorrelatedLikeRealMarkets() {
        DailyHistory h = history("UMKT", 42);
        assertThat(h.size()).isGreaterThan(2500);
        double[] squared = SeriesStats.squared(SeriesStats.logReturns(h.bars()));
        double acf = 0;
        for (int lag = 1; lag <= 5; lag++) acf += SeriesStats.autocorrelation(squared, lag) / 5;

        double[] shuffled = squared.clone();
        List<Double> boxed = new java.util.ArrayList<>(Arrays.stream(shuffled).boxed().toList());
        java.util.Collections.shuffle(boxed, new Random(1));
        double shuffledAcf = SeriesStats.autocorrelation(boxed.stream().mapToDouble(Double::doubleValue).toArray(), 1);

        assertThat(acf).isGreaterThan(0.08);
        assertThat(Math.abs(shuffledAcf)).isLessThan(0.05);
    }

    @Test
    void returnsHaveFatTails() {
        double[] r = SeriesStats.logReturns(history("PNHL", 3).bars());
        assertThat(SeriesStats.excessKurtosis(r)).isGreaterThan(1.0);
    }

    @Test
    void volumeRisesWithTheSizeOfTheMove() {
        BarSeries bars = history("OAKI", 5).bars();
        double[] r = SeriesStats.logReturns(bars);
        double[] absMove = Arrays.stream(r).map(Math::abs).toArray();
        double[] volume = Arrays.copyOfRange(bars.volumes(), 1, bars.size());
        assertThat(SeriesStats.correlation(absMove, volume)).isGreaterThan(0.2);
    }

    @Test
    void stocksSkipWeekendsAndHolidaysWhileCryptoTradesEveryDay() {
        DailyHistory stock = history("BRWY", 1);
        DailyHistory btc = history("BTC-USD", 1);
        assertThat(stock.dates()).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(stock.dates()).doesNotContain(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 7, 4), LocalDate.of(2025, 11, 27));
        assertThat(stock.size()).isBetween(2500, 2530);
        assertThat(btc.dates()).contains(LocalDate.of(2025, 12, 25), LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 15));
        assertThat(btc.size()).isEqualTo((int) (TODAY.toEpochDay() - TODAY.minusYears(10).toEpochDay()));
        assertThat(btc.lastDate()).isEqualTo(TODAY);
    }

    @Test
    void forwardAndReverseSplitsDropOrLiftTheUnadjustedPriceByTheirRatio() {
        for (String symbol : List.of("NWTK", "HLXS", "NLEN")) {
            DailyHistory h = history(symbol, 11);
            assertThat(h.splits()).as(symbol).hasSize(1);
            SplitEvent split = h.splits().getFirst();
            int ex = h.indexOf(split.exDate());
            double move = h.bars().close(ex - 1) / h.bars().open(ex);
            assertThat(move).as(symbol).isBetween(split.ratio() * 0.8, split.ratio() * 1.25);
            double volumeBefore = Arrays.stream(h.bars().volumes(), ex - 60, ex).average().orElseThrow();
            double volumeAfter = Arrays.stream(h.bars().volumes(), ex, ex + 60).average().orElseThrow();
            assertThat(volumeAfter / volumeBefore).as(symbol + " volume in shares").isBetween(split.ratio() * 0.4, split.ratio() * 2.5);
        }
    }

    @Test
    void dividendsFallOnTradingDaysAndStayFixedWithinAYear() {
        DailyHistory h = history("MPLB", 9);
        assertThat(h.dividends()).hasSizeBetween(38, 41);
        for (DividendEvent d : h.dividends()) {
            assertThat(h.indexOf(d.exDate())).isPositive();
            assertThat(d.payDate()).isAfter(d.exDate());
            assertThat(d.perShare()).isPositive();
        }
        var byYear = h.dividends().stream().filter(d -> d.exDate().getYear() == 2024).map(DividendEvent::perShare).distinct().toList();
        assertThat(byYear).hasSize(1);
        double yield = byYear.getFirst().doubleValue() * 4 / h.closeAt(h.indexOf(h.dividends().stream()
                .filter(d -> d.exDate().getYear() == 2024).findFirst().orElseThrow().exDate()) - 1);
        assertThat(yield).isBetween(0.02, 0.04);
    }

    @Test
    void newestCloseLandsNearTheModelsPriceLevel() {
        for (DemoInstrument instrument : DemoInstruments.all()) {
            DailyHistory h = new MarketModel(instrument).generate(TODAY, DemoRandom.stream(99, instrument.symbol()));
            assertThat(h.lastClose()).as(instrument.symbol())
                    .isBetween(instrument.model().lastClose() * 0.85, instrument.model().lastClose() * 1.15);
        }
    }

    @Test
    void sameSeedGivesTheSameSeriesAndAnotherSeedADifferentOne() {
        BarSeries a = history("CNDM", 2024).bars();
        BarSeries b = history("CNDM", 2024).bars();
        BarSeries c = history("CNDM", 2025).bars();
        assertThat(Arrays.equals(a.closes(), b.closes()) && Arrays.equals(a.volumes(), b.volumes())).isTrue();
        assertThat(Arrays.equals(a.closes(), c.closes())).isFalse();
    }
}
