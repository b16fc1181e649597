package dev.meridian.core.domain;

import java.util.Objects;

/** A group of brokerage/crypto accounts reported together in one base currency. */
public record Portfolio(long id, String name, String baseCurrency, CostMethod costMethod, Long benchmarkInstrumentId) {
    public Portfolio {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseCurrency, "baseCurrency");
        Objects.requireNonNull(costMethod, "costMethod");
        if (name.isBlank()) throw new IllegalArgumentException("Portfolio name must not be blank");
    }

    public Portfolio withId(long newId) {
        return new Portfolio(newId, name, baseCurrency, costMethod, benchmarkInstrumentId);
    }
}
