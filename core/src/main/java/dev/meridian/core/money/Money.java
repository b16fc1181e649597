package dev.meridian.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount in one currency. Immutable. Arithmetic across currencies is refused:
 * convert explicitly with {@link #convert(String, BigDecimal)} first.
 *
 * <p>Currency codes are ISO 4217 for fiat money and ticker-style codes for crypto assets
 * (BTC, ETH, USDT), hence a validated string rather than {@link java.util.Currency}.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,10}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!CODE.matcher(currency).matches()) {
            throw new IllegalArgumentException("Not a currency code: '" + currency + "'");
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /** Converts with an explicit rate: 1 unit of this currency = {@code rate} units of {@code target}. */
    public Money convert(String target, BigDecimal rate) {
        return new Money(amount.multiply(rate), target);
    }

    /** Rounds to {@code scale} decimals with banker's rounding, the convention for accounting totals. */
    public Money rounded(int scale) {
        return new Money(amount.setScale(scale, RoundingMode.HALF_EVEN), currency);
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean sameCurrency(Money other) {
        return currency.equals(other.currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** Numeric equality regardless of scale: 1.0 USD equals 1.00 USD. */
    public boolean isEqualTo(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
