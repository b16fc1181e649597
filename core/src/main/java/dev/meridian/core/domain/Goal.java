package dev.meridian.core.domain;

import dev.meridian.core.money.Money;
import java.time.LocalDate;

/** A savings target. Progress comes from the linked account's balance, or from manual contributions. */
public record Goal(long id, String name, Money target, LocalDate targetDate, Long linkedAccountId, LocalDate startDate) {
    public Goal withId(long newId) {
        return new Goal(newId, name, target, targetDate, linkedAccountId, startDate);
    }
}
