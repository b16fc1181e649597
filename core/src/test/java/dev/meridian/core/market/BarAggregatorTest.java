package dev.meridian.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.indicators.ActiveIndicators;
import dev.meridian.core.indicators.Ema;
import dev.meridian.core.indicators.PriceSource;
import dev.meridian.core.indicators.StreamingIndicator;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BarAggregatorTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final TradingSession US = TradingSession.usEquities();

    @Test
    void hourlyBarsAlignToTheSessionOpenAndTheLastOneIsCutByTheClose() {
        BarSeries m1 = minutes(NEW_YORK, LocalDateTime.of(2026, 6, 10, 9, 30), 390);
        BarSeries h1 = BarAggregator.aggregate(m1, US, Timeframe.H1);
        assertThat(localTimes(h1, NEW_YORK)).containsExactly("09:30", "10:30", "11:30", "12:30", "13:30", "14:30", "15:30");
        // 09:30..10:29 are minutes 0..59: open of the first, close of the last, extremes and volume summed.
        assertThat(h1.open(0)).isEqualTo(m1.open(0));
        assertThat(h1.close(0)).isEqualTo(m1.close(59));
        assertThat(h1.high(0)).isEqualTo(max(m1.highs(), 0, 60));
        assertThat(h1.low(0)).isEqualTo(min(m1.lows(), 0, 60));
        assertThat(h1.volume(0)).isEqualTo(sum(m1.volumes(), 0, 60));
        assertThat(h1.volume(6)).isEqualTo(sum(m1.volumes(), 360, 390));

        BarSeries h4 = BarAggregator.aggregate(m1, US, Timeframe.H4);
        assertThat(localTimes(h4, NEW_YORK)).containsExactly("09:30", "13:30");
        BarSeries m15 = BarAggregator.aggregate(m1, US, Timeframe.M15);
        assertThat(m15.size()).isEqualTo(26);
        assertThat(localTimes(m15, NEW_YORK).get(1)).isEqualTo("09:45");
    }

    @Test
    void preAndPostMarketMinutesAreLeftOut() {
        BarSeries m1 = minutes(NEW_YORK, LocalDateTime.of(2026, 6, 10, 8, 0), 10 * 60);
        BarSeries d1 = BarAggregator.aggregate(m1, US, Timeframe.D1);
        assertThat(d1.size()).isEqualTo(1);
        int firstRegular = 90;
        assertThat(d1.open(0)).isEqualTo(m1.open(firstRegular));
        assertThat(d1.close(0)).isEqualTo(m1.close(firstRegular + 389));
        assertThat(d1.volume(0)).isEqualTo(sum(m1.volumes(), firstRegular, firstRegular + 390));
    }

    @Test
    void sessionsStayAt0930LocalAcrossTheMarchDstChange() {
        // DST starts Sunday 2026-03-08: 09:30 New York is 14:30 UTC on Friday, 13:30 UTC on Monday.
        BarSeries m1 = sessions(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 10), List.of());
        BarSeries d1 = BarAggregator.aggregate(m1, US, Timeframe.D1);
        assertThat(utcTimes(d1)).containsExactly("2026-03-05T14:30:00Z", "2026-03-06T14:30:00Z",
                "2026-03-09T13:30:00Z", "2026-03-10T13:30:00Z");
        BarSeries h1 = BarAggregator.aggregate(m1, US, Timeframe.H1);
        assertThat(h1.size()).isEqualTo(4 * 7);
        assertThat(localTimes(h1, NEW_YORK)).allMatch(t -> t.endsWith(":30"));
        BarSeries w1 = BarAggregator.aggregate(m1, US, Timeframe.W1);
        assertThat(utcTimes(w1)).containsExactly("2026-03-02T14:30:00Z", "2026-03-09T13:30:00Z");
    }

    @Test
    void sessionsStayAt0930LocalAcrossTheNovemberDstChangeAndMonthsSplitOnTheFirst() {
        // DST ends Sunday 2026-11-01; October's last session is Friday the 30th.
        BarSeries m1 = sessions(LocalDate.of(2026, 10, 29), LocalDate.of(2026, 11, 3), List.of());
        BarSeries h4 = BarAggregator.aggregate(m1, US, Timeframe.H4);
        assertThat(utcTimes(h4)).containsExactly("2026-10-29T13:30:00Z", "2026-10-29T17:30:00Z",
                "2026-10-30T13:30:00Z", "2026-10-30T17:30:00Z", "2026-11-02T14:30:00Z", "2026-11-02T18:30:00Z",
                "2026-11-03T14:30:00Z", "2026-11-03T18:30:00Z");
        BarSeries mn = BarAggregator.aggregate(m1, US, Timeframe.MN1);
        assertThat(mn.size()).isEqualTo(2);
        assertThat(ZonedDateTime.ofInstant(Instant.ofEpochMilli(mn.time(1)), NEW_YORK).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 11, 1));
        int octoberMinutes = 2 * 390;
        assertThat(mn.close(0)).isEqualTo(m1.close(octoberMinutes - 1));
        assertThat(mn.open(1)).isEqualTo(m1.open(octoberMinutes));
        assertThat(mn.volume(0) + mn.volume(1)).isEqualTo(sum(m1.volumes(), 0, m1.size()));
    }

    @Test
    void aHolidayLeavesNoDailyBarAndTheWeekAggregatesTheRest() {
        LocalDate thanksgiving = LocalDate.of(2026, 11, 26);
        BarSeries m1 = sessions(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 27), List.of(thanksgiving));
        BarSeries d1 = BarAggregator.aggregate(m1, US, Timeframe.D1);
        assertThat(d1.size()).isEqualTo(4);
        assertThat(localDates(d1)).doesNotContain(thanksgiving);
        BarSeries w1 = BarAggregator.aggregate(m1, US, Timeframe.W1);
        assertThat(w1.size()).isEqualTo(1);
        assertThat(w1.open(0)).isEqualTo(m1.open(0));
        assertThat(w1.close(0)).isEqualTo(m1.close(m1.size() - 1));
        assertThat(w1.high(0)).isEqualTo(max(m1.highs(), 0, m1.size()));
        assertThat(w1.volume(0)).isEqualTo(sum(m1.volumes(), 0, m1.size()));
        // The Wednesday before and Friday after are consecutive daily bars.
        assertThat(localDates(d1).get(3)).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void crypto24x7BarsAlignToUtcMidnightAndSplitThere() {
        TradingSession crypto = TradingSession.crypto();
        BarSeries m1 = minutes(ZoneOffset.UTC, LocalDateTime.of(2026, 1, 4, 21, 0), 6 * 60);
        assertThat(utcTimes(BarAggregator.aggregate(m1, crypto, Timeframe.H4)))
                .containsExactly("2026-01-04T20:00:00Z", "2026-01-05T00:00:00Z");
        BarSeries d1 = BarAggregator.aggregate(m1, crypto, Timeframe.D1);
        assertThat(utcTimes(d1)).containsExactly("2026-01-04T00:00:00Z", "2026-01-05T00:00:00Z");
        assertThat(d1.close(0)).isEqualTo(m1.close(179));
        assertThat(d1.open(1)).isEqualTo(m1.open(180));
        // 2026-01-04 is a Sunday: its week began Monday 2025-12-29, the next on Monday 2026-01-05.
        assertThat(utcTimes(BarAggregator.aggregate(m1, crypto, Timeframe.W1)))
                .containsExactly("2025-12-29T00:00:00Z", "2026-01-05T00:00:00Z");
        assertThat(BarAggregator.aggregate(m1, crypto, Timeframe.H1).size()).isEqualTo(6);
    }

    @Test
    void everyTimeframeMatchesAStraightforwardGroupByOverWeeksOfMinutes() {
        BarSeries m1 = sessions(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 4, 7), List.of(LocalDate.of(2026, 4, 3)));
        for (Timeframe tf : Timeframe.values()) {
            BarSeries expected = groupBy(m1, tf);
            BarSeries actual = BarAggregator.aggregate(m1, US, tf);
            assertSameBars(tf.label(), actual, expected);
        }
    }

    @Test
    void streamingWithLiveRevisionsEqualsBatchAndFeedsIndicators() {
        BarSeries m1 = sessions(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 11), List.of());
        BarSeries h1 = new BarSeries(64);
        ActiveIndicators indicators = new ActiveIndicators();
        StreamingIndicator ema = Ema.stream(5, PriceSource.CLOSE);
        indicators.add(ema, h1);
        BarAggregator aggregator = new BarAggregator(US, Timeframe.H1, BarSink.fanOut(h1, indicators));
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < m1.size(); i++) {
            // A live minute arrives partial, is revised, then closes at its final values.
            double o = m1.open(i);
            aggregator.append(m1.time(i), o, o + 5, o - 5, o + 1, 1);
            if (rnd.nextBoolean()) aggregator.reviseLast(o, o + 9, o - 9, o - 2, 7);
            aggregator.reviseLast(m1.open(i), m1.high(i), m1.low(i), m1.close(i), m1.volume(i));
        }
        BarSeries batch = BarAggregator.aggregate(m1, US, Timeframe.H1);
        assertSameBars("1h streamed", h1, batch);
        assertThat(ema.toArray(0)).isEqualTo(Ema.compute(batch.closes(), batch.size(), 5, null));
    }

    @Test
    void outOfOrderSourceBarsAreRejectedAndChangeNothing() {
        BarSeries out = new BarSeries(4);
        BarAggregator aggregator = new BarAggregator(US, Timeframe.H1, out);
        long t = ZonedDateTime.of(2026, 6, 10, 9, 30, 0, 0, NEW_YORK).toInstant().toEpochMilli();
        aggregator.append(t, 1, 2, 0.5, 1.5, 10);
        assertThatThrownBy(() -> aggregator.append(t, 1, 1, 1, 1, 1)).hasMessageContaining("not after");
        assertThat(out.size()).isEqualTo(1);
        assertThat(out.volume(0)).isEqualTo(10);
        assertThatThrownBy(() -> new BarAggregator(US, Timeframe.H1, new BarSeries(1)).reviseLast(1, 1, 1, 1, 1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void overnightSessionsBelongToTheDayTheyOpen() {
        TradingSession futures = new TradingSession(ZoneId.of("America/Chicago"), LocalTime.of(17, 0),
                LocalTime.of(16, 0), false, java.util.EnumSet.range(DayOfWeek.SUNDAY, DayOfWeek.SUNDAY));
        long sundayEvening = ZonedDateTime.of(2026, 6, 7, 18, 0, 0, 0, futures.zone()).toInstant().toEpochMilli();
        long mondayMorning = ZonedDateTime.of(2026, 6, 8, 9, 0, 0, 0, futures.zone()).toInstant().toEpochMilli();
        long mondayBreak = ZonedDateTime.of(2026, 6, 8, 16, 30, 0, 0, futures.zone()).toInstant().toEpochMilli();
        assertThat(futures.tradingDay(sundayEvening)).isEqualTo(LocalDate.of(2026, 6, 7));
        assertThat(futures.tradingDay(mondayMorning)).isEqualTo(LocalDate.of(2026, 6, 7));
        assertThat(futures.sessionOpen(mondayBreak)).isEqualTo(TradingSession.OUTSIDE);
    }

    /** Independent oracle: group minutes by a key computed directly with java.time. */
    private static BarSeries groupBy(BarSeries m1, Timeframe tf) {
        Map<Long, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < m1.size(); i++) {
            ZonedDateTime t = ZonedDateTime.ofInstant(Instant.ofEpochMilli(m1.time(i)), NEW_YORK);
            LocalTime lt = t.toLocalTime();
            if (lt.isBefore(LocalTime.of(9, 30)) || !lt.isBefore(LocalTime.of(16, 0))) continue;
            ZonedDateTime open = t.with(LocalTime.of(9, 30));
            ZonedDateTime key = switch (tf) {
                case D1 -> open;
                case W1 -> open.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(LocalTime.of(9, 30));
                case MN1 -> open.withDayOfMonth(1).with(LocalTime.of(9, 30));
                default -> {
                    long minutes = ChronoUnit.MINUTES.between(open, t);
                    long size = tf.nominal().toMinutes();
                    yield open.plusMinutes(minutes / size * size);
                }
            };
            groups.computeIfAbsent(key.toInstant().toEpochMilli(), k -> new ArrayList<>()).add(i);
        }
        BarSeries out = new BarSeries(groups.size());
        groups.forEach((time, idx) -> {
            double h = Double.NEGATIVE_INFINITY;
            double l = Double.POSITIVE_INFINITY;
            double v = 0;
            for (int i : idx) {
                h = Math.max(h, m1.high(i));
                l = Math.min(l, m1.low(i));
                v += m1.volume(i);
            }
            out.append(time, m1.open(idx.get(0)), h, l, m1.close(idx.get(idx.size() - 1)), v);
        });
        return out;
    }

    private static void assertSameBars(String what, BarSeries actual, BarSeries expected) {
        assertThat(actual.size()).as("%s bar count", what).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.time(i)).as("%s time %d", what, i).isEqualTo(expected.time(i));
            assertThat(new double[] {actual.open(i), actual.high(i), actual.low(i), actual.close(i)}).as("%s OHLC %d", what, i)
                    .containsExactly(expected.open(i), expected.high(i), expected.low(i), expected.close(i));
            assertThat(actual.volume(i)).as("%s volume %d", what, i).isEqualTo(expected.volume(i));
        }
    }

    /** Every regular-session minute of the weekdays from {@code first} to {@code last}, except {@code holidays}. */
    private static BarSeries sessions(LocalDate first, LocalDate last, List<LocalDate> holidays) {
        BarSeries out = new BarSeries(4096);
        SplittableRandom rnd = new SplittableRandom(first.toEpochDay());
        double price = 100;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() > 5 || holidays.contains(d)) continue;
            ZonedDateTime t = ZonedDateTime.of(d, LocalTime.of(9, 30), NEW_YORK);
            for (int m = 0; m < 390; m++) {
                price = appendRandom(out, t.plusMinutes(m).toInstant().toEpochMilli(), price, rnd);
            }
        }
        return out;
    }

    private static BarSeries minutes(ZoneId zone, LocalDateTime start, int count) {
        BarSeries out = new BarSeries(count);
        SplittableRandom rnd = new SplittableRandom(count);
        double price = 100;
        ZonedDateTime t = start.atZone(zone);
        for (int m = 0; m < count; m++) price = appendRandom(out, t.plusMinutes(m).toInstant().toEpochMilli(), price, rnd);
        return out;
    }

    private static double appendRandom(BarSeries out, long time, double price, SplittableRandom rnd) {
        double close = price + rnd.nextDouble(-0.2, 0.2);
        double high = Math.max(price, close) + rnd.nextDouble(0.1);
        double low = Math.min(price, close) - rnd.nextDouble(0.1);
        out.append(time, price, high, low, close, 1 + rnd.nextInt(1000));
        return close;
    }

    private static List<String> localTimes(BarSeries s, ZoneId zone) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(ZonedDateTime.ofInstant(Instant.ofEpochMilli(s.time(i)), zone).toLocalTime().toString());
        }
        return out;
    }

    private static List<LocalDate> localDates(BarSeries s) {
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) out.add(LocalDate.ofInstant(Instant.ofEpochMilli(s.time(i)), NEW_YORK));
        return out;
    }

    private static List<String> utcTimes(BarSeries s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) out.add(Instant.ofEpochMilli(s.time(i)).toString());
        return out;
    }

    private static double max(double[] a, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) m = Math.max(m, a[i]);
        return m;
    }

    private static double min(double[] a, int from, int to) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) m = Math.min(m, a[i]);
        return m;
    }

    private static double sum(double[] a, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += a[i];
        return s;
    }
}
