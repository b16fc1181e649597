package dev.meridian.core.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A subscription charged to the credit card every month (or year), possibly with a price change
 * {@code changeAfterMonths} months after the scenario starts.
 */
record Subscription(String payee, String description, String category, int dayOfMonth, BigDecimal price,
                    BigDecimal newPrice, int changeAfterMonths, boolean yearly) {

    static Subscription monthly(String payee, String description, String category, int day, String price) {
        return new Subscription(payee, description, category, day, new BigDecimal(price), null, 0, false);
    }

    BigDecimal priceOn(LocalDate start, LocalDate date) {
        long months = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), date.withDayOfMonth(1));
        return newPrice != null && months >= changeAfterMonths ? newPrice : price;
    }

    boolean chargesOn(LocalDate start, LocalDate date) {
        if (yearly && date.getMonth() != start.getMonth()) return false;
        return date.getDayOfMonth() == Math.min(dayOfMonth, date.lengthOfMonth());
    }
}
