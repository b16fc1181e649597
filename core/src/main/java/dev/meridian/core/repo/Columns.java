package dev.meridian.core.repo;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Conversions between domain values and column values shared by the repositories. */
final class Columns {

    /** Decimal columns are DECIMAL(38,18): 20 integer digits, 18 decimals. */
    static final int SCALE = 18;
    static final int INTEGER_DIGITS = 20;

    private Columns() {}

    /** Refuses values the column would round or overflow, instead of storing them altered. */
    static BigDecimal decimal(BigDecimal value, String what) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new IllegalArgumentException(what + " has more than " + SCALE + " decimals: " + value.toPlainString());
        }
        if (stripped.precision() - stripped.scale() > INTEGER_DIGITS) {
            throw new IllegalArgumentException(what + " has more than " + INTEGER_DIGITS + " integer digits: " + value.toPlainString());
        }
        return value;
    }

    static BigDecimal amount(Money money, String what) {
        return money == null ? null : decimal(money.amount(), what);
    }

    /** Drops the column's padding zeros (1.500000000000000000 reads back as 1.5, 100 as 100). */
    static BigDecimal read(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(read(amount), currency);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static LocalDate month(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    static YearMonth yearMonth(LocalDate firstDay) {
        return firstDay == null ? null : YearMonth.from(firstDay);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static void requireOneRow(int affected, String entity, long id) {
        if (affected == 0) throw new IllegalArgumentException("No " + entity + " with id " + id);
    }
}
