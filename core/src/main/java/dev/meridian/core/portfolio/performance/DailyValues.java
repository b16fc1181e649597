package dev.meridian.core.portfolio.performance;

import java.time.LocalDate;

/**
 * A scope's value at the close of each valuation day and the external flows booked on that day,
 * both in one currency. Day 0 is the period start: its value already contains its flows.
 * Flows count at the <b>end</b> of their day (see {@link TimeWeightedReturn}).
 */
public record DailyValues(String currency, int[] epochDays, double[] values, double[] flows) {

    public DailyValues {
        if (epochDays.length != values.length || values.length != flows.length) {
            throw new IllegalArgumentException("Days, values and flows differ in length");
        }
        if (epochDays.length == 0) throw new IllegalArgumentException("A valuation needs at least one day");
    }

    public int size() {
        return epochDays.length;
    }

    public LocalDate date(int i) {
        return LocalDate.ofEpochDay(epochDays[i]);
    }

    public double startValue() {
        return values[0];
    }

    public double endValue() {
        return values[values.length - 1];
    }

    /** External flows after the start day, up to and including the last day. */
    public double netFlowsAfterStart() {
        double sum = 0;
        for (int i = 1; i < flows.length; i++) sum += flows[i];
        return sum;
    }
}
