package dev.meridian.core.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * When a demo instrument trades: which days have a daily bar and which wall-clock hours hold its
 * minute bars. Holidays follow the real exchange rules closely enough that charts show the familiar gaps.
 */
public enum TradingCalendar {
    /** New York Stock Exchange: weekdays without US market holidays, 09:30–16:00 New York time. */
    NYSE(ZoneId.of("America/New_York"), LocalTime.of(9, 30), LocalTime.of(16, 0)),
    /** Xetra: weekdays without German exchange holidays, 09:00–17:30 Berlin time. */
    XETRA(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 30)),
    /** Crypto trades every day around the clock; its daily bar is the UTC day. */
    ALWAYS(ZoneOffset.UTC, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT),
    /** Spot FX: Monday to Friday except New Year's Day and Christmas, daily bar per UTC day. */
    FX(ZoneOffset.UTC, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    private final ZoneId zone;
    private final LocalTime open;
    private final LocalTime close;

    TradingCalendar(ZoneId zone, LocalTime open, LocalTime close) {
        this.zone = zone;
        this.open = open;
        this.close = close;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Session open in the calendar's zone (midnight for round-the-clock markets). */
    public LocalTime sessionOpen() {
        return open;
    }

    /** Minutes in one day's session: 390 for NYSE, 510 for Xetra, 1440 for crypto and FX. */
    public int sessionMinutes() {
        int minutes = (close.toSecondOfDay() - open.toSecondOfDay()) / 60;
        return minutes <= 0 ? minutes + 24 * 60 : minutes;
    }

    public boolean isTradingDay(LocalDate d) {
        return switch (this) {
            case ALWAYS -> true;
            case FX -> isWeekday(d) && !(d.getMonth() == Month.JANUARY && d.getDayOfMonth() == 1)
                    && !(d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 25);
            case NYSE -> isWeekday(d) && !isNyseHoliday(d);
            case XETRA -> isWeekday(d) && !isXetraHoliday(d);
        };
    }

    private static boolean isWeekday(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    private static boolean isNyseHoliday(LocalDate d) {
        int y = d.getYear();
        return d.equals(observed(LocalDate.of(y, 1, 1)))
                || d.equals(nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3))
                || d.equals(nth(y, Month.FEBRUARY, DayOfWeek.MONDAY, 3))
                || d.equals(easterSunday(y).minusDays(2))
                || d.equals(LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                || (y >= 2022 && d.equals(observed(LocalDate.of(y, 6, 19))))
                || d.equals(observed(LocalDate.of(y, 7, 4)))
                || d.equals(nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))
                || d.equals(nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4))
                || d.equals(observed(LocalDate.of(y, 12, 25)));
    }

    private static boolean isXetraHoliday(LocalDate d) {
        int y = d.getYear();
        LocalDate easter = easterSunday(y);
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        return (m == 1 && day == 1) || d.equals(easter.minusDays(2)) || d.equals(easter.plusDays(1))
                || (m == 5 && day == 1) || (m == 12 && (day == 24 || day == 25 || day == 26 || day == 31));
    }

    /** A Saturday holiday is observed on Friday, a Sunday holiday on Monday. */
    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }
}
