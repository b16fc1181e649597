package dev.meridian.charts.axis;

import dev.meridian.charts.axis.CalendarTicks.Rank;
import dev.meridian.charts.axis.CalendarTicks.Tick;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarTicksTest {

    private static final ZoneId NY = ZoneId.of("America/New_York");

    /** 1-minute bars 09:30-15:59 New York, weekdays from {@code from} for {@code days} calendar days. */
    private static long[] nyMinutes(LocalDate from, int days) {
        List<Long> out = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(from.plusDays(days)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) continue;
            for (int m = 0; m < 390; m++) out.add(d.atTime(9, 30).plusMinutes(m).atZone(NY).toInstant().toEpochMilli());
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** Daily bars at midnight UTC, weekdays from {@code from} to {@code to} inclusive. */
    private static long[] weekdays(LocalDate from, LocalDate to) {
        List<Long> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) continue;
            out.add(d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static LocalDateTime at(long[] times, Tick t, ZoneId zone) {
        return LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(times[t.index()]), zone);
    }

    @Test
    void intradayWeekTicksOnEachSessionsFirstBarAcrossTheCollapsedNights() {
        // Thu 2024-02-29 .. Wed 2024-03-06: 5 sessions of 390 bars; the weekend and nights are collapsed
        long[] t = nyMinutes(LocalDate.of(2024, 2, 29), 7);
        // 400 px fit 5 ticks: 12-hour steps (noon and each day) would be 9, days are 4 (the first bar is not on a boundary)
        List<Tick> ticks = new CalendarTicks(NY, true).choose(t, t.length, 0, t.length - 1, 400, 80);

        assertThat(ticks).extracting(Tick::index).containsExactly(390, 780, 1170, 1560);
        assertThat(ticks).allSatisfy(k -> assertThat(at(t, k, NY).toLocalTime()).isEqualTo(LocalTime.of(9, 30)));
        assertThat(ticks).extracting(Tick::rank).containsExactly(Rank.MONTH, Rank.DAY, Rank.DAY, Rank.DAY);
        assertThat(at(t, ticks.get(0), NY).toLocalDate()).as("Friday 1 March starts the month").isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(at(t, ticks.get(1), NY).toLocalDate()).as("next tick: Monday, the weekend collapsed").isEqualTo(LocalDate.of(2024, 3, 4));

        List<Tick> wider = new CalendarTicks(NY, true).choose(t, t.length, 0, t.length - 1, 800, 80);
        assertThat(wider).as("800 px fit 10: noon and the day starts")
                .extracting(k -> at(t, k, NY).toLocalTime()).containsOnly(LocalTime.of(9, 30), LocalTime.of(12, 0)).hasSize(9);
    }

    @Test
    void zoomedIntoOneSessionTicksOnRoundClockTimesAndTheDayStart() {
        long[] t = nyMinutes(LocalDate.of(2024, 3, 4), 2); // Mon + Tue
        // Monday 13:00 .. Tuesday 11:00 (bars 210..(390+90)) over 1000 px: 270 bars, a step of 30 minutes fits 12 ticks
        List<Tick> ticks = new CalendarTicks(NY, true).choose(t, t.length, 210, 480, 1000, 80);

        List<String> labels = new ArrayList<>();
        for (Tick k : ticks) labels.add(k.rank() == Rank.TIME ? at(t, k, NY).toLocalTime().toString() : "day " + at(t, k, NY).getDayOfMonth());
        assertThat(labels).containsExactly("13:00", "13:30", "14:00", "14:30", "15:00", "15:30", "day 5", "10:00", "10:30", "11:00");
    }

    @Test
    void tooCloseTicksGiveWayToTheMoreSignificantOne() {
        long[] t = nyMinutes(LocalDate.of(2024, 3, 4), 2); // Mon + Tue, 780 bars over 1000 px: 1.28 px per bar
        // 12 ticks fit: hourly would be 13, so 2-hourly. Tuesday's 10:00 tick is 30 bars (38 px) after its
        // 09:30 day start: closer than half the spacing, so the day start stays and 10:00 goes
        List<Tick> ticks = new CalendarTicks(NY, true).choose(t, t.length, 0, t.length - 1, 1000, 80);
        assertThat(ticks).containsExactly(new Tick(30, Rank.TIME), new Tick(150, Rank.TIME), new Tick(270, Rank.TIME),
                new Tick(390, Rank.DAY), new Tick(540, Rank.TIME), new Tick(660, Rank.TIME));

        // the other way round: a 10:00 tick followed 10 bars later by the next day's start is replaced by it
        long[] shortSessions = new long[260];
        for (int i = 0; i < 260; i++) {
            LocalDate day = LocalDate.of(2024, 3, 4).plusDays(i / 130);
            shortSessions[i] = day.atTime(8, 0).plusMinutes(i % 130).atZone(NY).toInstant().toEpochMilli();
        }
        List<Tick> replaced = new CalendarTicks(NY, true).choose(shortSessions, 260, 0, 259, 1000, 80);
        assertThat(replaced).extracting(Tick::index).containsExactly(0, 30, 60, 90, 130, 160, 190, 220, 250);
        assertThat(replaced.get(4).rank()).isEqualTo(Rank.DAY);
    }

    @Test
    void dailyBarsOverThreeYearsTickOnHalfYearsAndNameTheYears() {
        long[] t = weekdays(LocalDate.of(2024, 1, 2), LocalDate.of(2026, 12, 31));
        List<Tick> ticks = new CalendarTicks(ZoneOffset.UTC, false).choose(t, t.length, 0, t.length - 1, 800, 80);

        // months (35) and quarters (11) do not fit 10 ticks; half years (5) do
        assertThat(ticks).extracting(k -> at(t, k, ZoneOffset.UTC).toLocalDate()).containsExactly(
                LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));
        assertThat(ticks).extracting(Tick::rank).containsExactly(Rank.MONTH, Rank.YEAR, Rank.MONTH, Rank.YEAR, Rank.MONTH);
    }

    @Test
    void aMonthThatStartsOnAWeekendTicksOnItsFirstTradingDay() {
        long[] t = weekdays(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 9, 30));
        List<Tick> ticks = new CalendarTicks(ZoneOffset.UTC, false).choose(t, t.length, 0, t.length - 1, 600, 80);

        assertThat(ticks).extracting(k -> at(t, k, ZoneOffset.UTC).toLocalDate()).containsExactly(
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 3), LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 2));
        assertThat(ticks).extracting(Tick::rank).containsOnly(Rank.MONTH);
    }

    @Test
    void dailyBarsZoomedInTickOnMondaysAndNeverOnClockTimes() {
        long[] t = weekdays(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 28));
        List<Tick> ticks = new CalendarTicks(ZoneOffset.UTC, false).choose(t, t.length, 0, t.length - 1, 800, 80);

        // 43 bars over 800 px: days (42 ticks) do not fit 10, weeks (8 Mondays + 1 June) do
        assertThat(ticks).extracting(Tick::rank).doesNotContain(Rank.TIME);
        assertThat(ticks).extracting(k -> at(t, k, ZoneOffset.UTC).toLocalDate()).containsExactly(
                LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 27),
                LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 17), LocalDate.of(2024, 6, 24));
        assertThat(ticks.get(4).rank()).as("Mon 3 June also starts the month").isEqualTo(Rank.MONTH);
    }

    @Test
    void noBarsOrNoWidthGiveNoTicks() {
        assertThat(new CalendarTicks(NY, true).choose(new long[0], 0, 0, 10, 800, 80)).isEmpty();
        long[] t = weekdays(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 28));
        assertThat(new CalendarTicks(NY, false).choose(t, t.length, 0, t.length - 1, 0, 80)).isEmpty();
    }
}
