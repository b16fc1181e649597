package dev.meridian.core.domain;

import dev.meridian.core.money.Money;
import java.util.Objects;

/**
 * Where money or securities sit. {@code portfolioId} is set for brokerage and crypto accounts.
 * {@code providerId} is the bank/broker's own id, kept for idempotent sync.
 */
public record Account(
        long id,
        String name,
        AccountType type,
        String currency,
        Long portfolioId,
        String institution,
        String numberMask,
        Money openingBalance,
        boolean archived,
        String providerId) {

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        if (name.isBlank()) throw new IllegalArgumentException("Account name must not be blank");
        if (openingBalance == null) openingBalance = Money.zero(currency);
        if (!openingBalance.currency().equals(currency)) {
            throw new IllegalArgumentException("Opening balance must be in the account currency " + currency);
        }
    }

    public Account withId(long newId) {
        return new Account(newId, name, type, currency, portfolioId, institution, numberMask, openingBalance, archived, providerId);
    }
}
