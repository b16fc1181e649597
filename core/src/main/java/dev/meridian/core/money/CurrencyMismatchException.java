package dev.meridian.core.money;

/** Thrown when two amounts in different currencies meet without an explicit conversion. */
public final class CurrencyMismatchException extends IllegalArgumentException {
    public CurrencyMismatchException(String left, String right) {
        super("Cannot combine " + left + " with " + right + " without a conversion");
    }
}
