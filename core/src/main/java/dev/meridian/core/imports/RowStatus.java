package dev.meridian.core.imports;

/** What the import will do with a row that was read. */
public enum RowStatus {
    /** Written by the import. */
    NEW,
    /** Already in the vault (same provider id on the same account): skipped. */
    DUPLICATE_IN_VAULT,
    /** The same bank id appeared earlier in this file: skipped. */
    DUPLICATE_IN_FILE;

    public boolean written() {
        return this == NEW;
    }

    public String label() {
        return switch (this) {
            case NEW -> "New";
            case DUPLICATE_IN_VAULT -> "Already in vault";
            case DUPLICATE_IN_FILE -> "Repeated in file";
        };
    }
}
