package dev.meridian.core.domain;

import dev.meridian.core.money.Money;
import java.time.YearMonth;

/** A monthly spending limit for a category from {@code firstMonth}, until {@code lastMonth} (null = ongoing). */
public record Budget(long id, long categoryId, Money monthlyAmount, YearMonth firstMonth, YearMonth lastMonth, boolean rollover) {
    public Budget withId(long newId) {
        return new Budget(newId, categoryId, monthlyAmount, firstMonth, lastMonth, rollover);
    }
}
