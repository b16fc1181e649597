package dev.meridian.core.repo;

import java.time.LocalDate;

/**
 * A filter over transactions; null components do not filter. {@code from} and {@code to} are both
 * inclusive; {@code text} matches payee, description or notes, ignoring case; {@code limit} caps the
 * result (newest first).
 */
public record TransactionQuery(Long accountId, LocalDate from, LocalDate to, Long categoryId, String text, Integer limit) {

    public TransactionQuery {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("Transaction query range starts " + from + " after it ends " + to);
        }
        if (limit != null && limit < 0) throw new IllegalArgumentException("Transaction query limit must not be negative: " + limit);
    }

    public static TransactionQuery all() {
        return new TransactionQuery(null, null, null, null, null, null);
    }

    public TransactionQuery withAccount(Long id) {
        return new TransactionQuery(id, from, to, categoryId, text, limit);
    }

    public TransactionQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new TransactionQuery(accountId, newFrom, newTo, categoryId, text, limit);
    }

    public TransactionQuery withCategory(Long id) {
        return new TransactionQuery(accountId, from, to, id, text, limit);
    }

    public TransactionQuery withText(String newText) {
        return new TransactionQuery(accountId, from, to, categoryId, newText, limit);
    }

    public TransactionQuery withLimit(Integer newLimit) {
        return new TransactionQuery(accountId, from, to, categoryId, text, newLimit);
    }
}
