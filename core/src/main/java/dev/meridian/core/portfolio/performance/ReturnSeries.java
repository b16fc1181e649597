package dev.meridian.core.portfolio.performance;

/** Simple returns per valuation day: {@code returns[i]} is earned from day {@code i-1}'s close to day {@code i}'s close. */
public record ReturnSeries(int[] epochDays, double[] returns) {
    public ReturnSeries {
        if (epochDays.length != returns.length) throw new IllegalArgumentException("Days and returns differ in length");
    }

    public int size() {
        return returns.length;
    }
}
