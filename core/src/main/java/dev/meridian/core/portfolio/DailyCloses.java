package dev.meridian.core.portfolio;

import dev.meridian.core.market.BarSeries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * One instrument's daily closes keyed by calendar day (epoch day). A daily bar's day is the date
 * of its open time in the instrument's time zone. Lookups carry the last known close forward over
 * days without a bar.
 */
public final class DailyCloses {

    private final int[] days;
    private final double[] closes;

    private DailyCloses(int[] days, double[] closes) {
        this.days = days;
        this.closes = closes;
    }

    public static DailyCloses of(BarSeries daily, ZoneId zone) {
        int n = daily.size();
        int[] d = new int[n];
        double[] c = new double[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            int day = (int) Instant.ofEpochMilli(daily.time(i)).atZone(zone).toLocalDate().toEpochDay();
            if (size > 0 && d[size - 1] == day) size--;
            d[size] = day;
            c[size] = daily.close(i);
            size++;
        }
        return new DailyCloses(Arrays.copyOf(d, size), Arrays.copyOf(c, size));
    }

    /** {@code epochDays} strictly increasing, one close each. */
    public static DailyCloses of(int[] epochDays, double[] closes) {
        if (epochDays.length != closes.length) throw new IllegalArgumentException("Days and closes differ in length");
        for (int i = 1; i < epochDays.length; i++) {
            if (epochDays[i] <= epochDays[i - 1]) throw new IllegalArgumentException("Days must increase at index " + i);
        }
        return new DailyCloses(epochDays.clone(), closes.clone());
    }

    public int size() { return days.length; }
    public int day(int i) { return days[i]; }
    public double close(int i) { return closes[i]; }

    /** Index of the last close on or before {@code epochDay}, or -1 when there is none yet. */
    public int indexOnOrBefore(int epochDay) {
        int i = Arrays.binarySearch(days, epochDay);
        return i >= 0 ? i : -i - 2;
    }

    /** The close on {@code date}, else the latest earlier one. */
    public double closeOn(LocalDate date, long instrumentId) {
        int i = indexOnOrBefore((int) date.toEpochDay());
        if (i < 0) throw new IllegalStateException("No close of instrument " + instrumentId + " on or before " + date);
        return closes[i];
    }
}
