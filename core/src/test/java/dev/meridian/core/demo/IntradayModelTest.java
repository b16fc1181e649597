package dev.meridian.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.market.BarSeries;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IntradayModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static IntradayModel.Result minutes(String symbol) {
        DemoInstrument instrument = DemoInstruments.all().stream().filter(i -> i.symbol().equals(symbol)).findFirst().orElseThrow();
        DailyHistory daily = new MarketModel(instrument).generate(TODAY, DemoRandom.stream(5, symbol));
        return new IntradayModel(daily).generate(30, DemoRandom.stream(5, symbol + ":1m"));
    }

    @Test
    void usStockMinutesFillTheNewYorkSessionOnTradingDaysOnly() {
        BarSeries m = minutes("NWTK").minutes();
        Map<LocalDate, Integer> perDay = countPerDay(m, ZoneId.of("America/New_York"));
        assertThat(perDay.values()).containsOnly(390);
        assertThat(perDay.keySet()).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(perDay).hasSizeBetween(19, 22).containsKey(TODAY);
        for (int i = 0; i < m.size(); i++) {
            LocalTime t = localTime(m.time(i), "America/New_York");
            assertThat(t).isBetween(LocalTime.of(9, 30), LocalTime.of(15, 59));
        }
    }

    @Test
    void germanStockMinutesFollowTheBerlinSessionAcrossTheDaylightSavingChange() {
        BarSeries m = minutes("RHWK").minutes();
        assertThat(countPerDay(m, ZoneId.of("Europe/Berlin")).values()).containsOnly(510);
        for (int i = 0; i < m.size(); i++) {
            assertThat(localTime(m.time(i), "Europe/Berlin")).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 29));
        }
    }

    @Test
    void bitcoinTradesEveryMinuteOfEveryDay() {
        BarSeries m = minutes("BTC-USD").minutes();
        assertThat(m.size()).isEqualTo(30 * 1440);
        for (int i = 1; i < m.size(); i++) assertThat(m.time(i) - m.time(i - 1)).isEqualTo(60_000L);
    }

    @Test
    void dailyBarsOfTheLastDaysAgreeWithTheirMinutes() {
        for (String symbol : new String[] {"NWTK", "RHWK", "BTC-USD"}) {
            IntradayModel.Result r = minutes(symbol);
            BarSeries m = r.minutes();
            BarSeries d = r.daily().bars();
            ZoneId zone = ZoneId.of(r.daily().instrument().instrument().timeZone());
            int checked = 0;
            for (int i = 0; i < d.size(); i++) {
                LocalDate date = r.daily().dates()[i];
                long from = ZonedDateTime.of(date, LocalTime.MIN, zone).toInstant().toEpochMilli();
                long to = ZonedDateTime.of(date.plusDays(1), LocalTime.MIN, zone).toInstant().toEpochMilli();
                int a = m.indexAtOrAfter(from);
                int b = m.indexAtOrAfter(to);
                if (a == b) continue;
                checked++;
                double hi = 0;
                double lo = Double.MAX_VALUE;
                double vol = 0;
                for (int k = a; k < b; k++) {
                    hi = Math.max(hi, m.high(k));
                    lo = Math.min(lo, m.low(k));
                    vol += m.volume(k);
                    assertThat(m.low(k)).isPositive().isLessThanOrEqualTo(Math.min(m.open(k), m.close(k)));
                    assertThat(m.high(k)).isGreaterThanOrEqualTo(Math.max(m.open(k), m.close(k)));
                }
                assertThat(m.open(a)).as(symbol + " open " + date).isEqualTo(d.open(i));
                assertThat(m.close(b - 1)).as(symbol + " close " + date).isEqualTo(d.close(i));
                assertThat(hi).as(symbol + " high " + date).isEqualTo(d.high(i));
                assertThat(lo).as(symbol + " low " + date).isEqualTo(d.low(i));
                assertThat(vol).as(symbol + " volume " + date).isCloseTo(d.volume(i), org.assertj.core.data.Offset.offset(0.01));
            }
            assertThat(checked).as(symbol).isGreaterThanOrEqualTo(19);
        }
    }

    @Test
    void tradingIsBusierAtTheOpenThanAtMidday() {
        BarSeries m = minutes("NWTK").minutes();
        double open = 0;
        double midday = 0;
        for (int i = 0; i < m.size(); i++) {
            LocalTime t = localTime(m.time(i), "America/New_York");
            if (t.isBefore(LocalTime.of(9, 45))) open += m.volume(i);
            if (!t.isBefore(LocalTime.of(12, 30)) && t.isBefore(LocalTime.of(12, 45))) midday += m.volume(i);
        }
        assertThat(open).isGreaterThan(1.5 * midday);
    }

    private static Map<LocalDate, Integer> countPerDay(BarSeries m, ZoneId zone) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (int i = 0; i < m.size(); i++) {
            perDay.merge(Instant.ofEpochMilli(m.time(i)).atZone(zone).toLocalDate(), 1, Integer::sum);
        }
        return perDay;
    }

    private static LocalTime localTime(long epochMillis, String zone) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZoneId.of(zone)).toLocalTime();
    }
}
