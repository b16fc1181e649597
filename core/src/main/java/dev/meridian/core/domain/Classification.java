package dev.meridian.core.domain;

import java.util.Objects;

/** A user-defined allocation dimension such as "Region" or "Risk", whose labels instruments are assigned to. */
public record Classification(long id, String name) {
    public Classification {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("Classification name must not be blank");
    }

    public Classification withId(long newId) {
        return new Classification(newId, name);
    }
}
