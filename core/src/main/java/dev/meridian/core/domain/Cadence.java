package dev.meridian.core.domain;

import java.time.LocalDate;

public enum Cadence {
    WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY, YEARLY;

    public LocalDate next(LocalDate from) {
        return switch (this) {
            case WEEKLY -> from.plusWeeks(1);
            case BIWEEKLY -> from.plusWeeks(2);
            case MONTHLY -> from.plusMonths(1);
            case QUARTERLY -> from.plusMonths(3);
            case YEARLY -> from.plusYears(1);
        };
    }
}
