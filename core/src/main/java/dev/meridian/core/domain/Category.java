package dev.meridian.core.domain;

import java.util.Objects;

public record Category(long id, String name, Long parentId, CategoryKind kind, BudgetGroup group) {
    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) throw new IllegalArgumentException("Category name must not be blank");
    }

    public Category withId(long newId) {
        return new Category(newId, name, parentId, kind, group);
    }
}
