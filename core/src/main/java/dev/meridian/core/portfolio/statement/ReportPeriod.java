package dev.meridian.core.portfolio.statement;

import java.time.LocalDate;

/** The periods a performance view offers; {@link #CUSTOM} takes its dates from the user. */
public enum ReportPeriod {
    ONE_MONTH("1M"), THREE_MONTHS("3M"), YEAR_TO_DATE("YTD"), ONE_YEAR("1Y"), THREE_YEARS("3Y"), FIVE_YEARS("5Y"),
    MAX("Max"), CUSTOM("Custom");

    private final String label;

    ReportPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The first day of the period that ends on {@code asOf}; never before {@code inception} (the
     * scope's first booking), so a young portfolio's "5Y" starts when it started.
     */
    public LocalDate start(LocalDate asOf, LocalDate inception) {
        LocalDate from = switch (this) {
            case ONE_MONTH -> asOf.minusMonths(1);
            case THREE_MONTHS -> asOf.minusMonths(3);
            case YEAR_TO_DATE -> asOf.withDayOfYear(1).minusDays(1);
            case ONE_YEAR -> asOf.minusYears(1);
            case THREE_YEARS -> asOf.minusYears(3);
            case FIVE_YEARS -> asOf.minusYears(5);
            case MAX, CUSTOM -> inception;
        };
        return from.isBefore(inception) ? inception : from;
    }

    @Override
    public String toString() {
        return label;
    }
}
