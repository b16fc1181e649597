package dev.meridian.core.domain;

import dev.meridian.core.money.Money;
import java.time.LocalDate;

/** A repeating payment or income (subscription, rent, salary) and what is expected next. */
public record RecurringSeries(
        long id,
        String payee,
        Long accountId,
        Long categoryId,
        Cadence cadence,
        Money expectedAmount,
        LocalDate lastDate,
        LocalDate nextDate,
        boolean subscription,
        RecurringStatus status) {

    public RecurringSeries withId(long newId) {
        return new RecurringSeries(newId, payee, accountId, categoryId, cadence, expectedAmount, lastDate, nextDate, subscription, status);
    }
}
