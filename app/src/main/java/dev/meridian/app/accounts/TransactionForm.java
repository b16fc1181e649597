package dev.meridian.app.accounts;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates the transaction dialog and builds the {@link Transaction} to save. Every problem is
 * reported against its field; nothing is built while any remains.
 */
public final class TransactionForm {

    /** The dialog's fields, in the order errors are shown. */
    public enum Field { ACCOUNT, DATE, TYPE, PAYEE, AMOUNT, NOTES }

    /** Cash types the dialog offers; trades and splits carry instruments and are not edited here. */
    public static final List<TransactionType> CASH_TYPES = List.of(
            TransactionType.WITHDRAWAL, TransactionType.DEPOSIT, TransactionType.FEE, TransactionType.INTEREST,
            TransactionType.DIVIDEND, TransactionType.TAX, TransactionType.TRANSFER_IN, TransactionType.TRANSFER_OUT);

    static final int MAX_TEXT = 500;

    private TransactionForm() {
    }

    /** Either the transaction to save or the errors per field. */
    public record Outcome(Transaction transaction, Map<Field, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** True when the amount's direction comes from the type: money in is positive. */
    public static boolean isIncoming(TransactionType type) {
        return switch (type) {
            case DEPOSIT, INTEREST, DIVIDEND, TRANSFER_IN, SELL -> true;
            default -> false;
        };
    }

    /** Whether only the descriptive fields may change: trades keep their type, amount and instrument. */
    public static boolean descriptiveOnly(Transaction original) {
        return original != null && !CASH_TYPES.contains(original.type());
    }

    public static Outcome validate(TransactionInput in) {
        Map<Field, String> errors = new EnumMap<>(Field.class);
        if (in.account() == null) errors.put(Field.ACCOUNT, "Account: choose the account this belongs to.");
        if (in.date() == null) errors.put(Field.DATE, "Date: required (for example 2026-03-31).");
        boolean keepAmount = descriptiveOnly(in.original());
        if (!keepAmount && in.type() == null) errors.put(Field.TYPE, "Type: choose what kind of booking this is.");
        if (!keepAmount && in.type() != null && !CASH_TYPES.contains(in.type())) {
            errors.put(Field.TYPE, "Type: " + in.type() + " needs an instrument; record it on the portfolio instead.");
        }
        String payee = trimmed(in.payee());
        String description = trimmed(in.description());
        String notes = trimmed(in.notes());
        if (payee == null && description == null) errors.put(Field.PAYEE, "Payee: enter a payee or a description.");
        if (payee != null && payee.length() > MAX_TEXT) errors.put(Field.PAYEE, "Payee: at most " + MAX_TEXT + " characters.");
        if (notes != null && notes.length() > MAX_TEXT * 4) errors.put(Field.NOTES, "Notes: at most " + MAX_TEXT * 4 + " characters.");

        BigDecimal magnitude = null;
        if (!keepAmount && in.account() != null) {
            switch (AmountParser.parse("Amount", in.amount(), in.account().currency())) {
                case AmountParser.Parsed p -> magnitude = p.value();
                case AmountParser.Invalid bad -> errors.put(Field.AMOUNT, bad.message());
            }
        }
        if (!errors.isEmpty()) return new Outcome(null, Map.copyOf(errors));

        Long categoryId = in.category() == null ? null : in.category().id();
        Transaction o = in.original();
        if (keepAmount) {
            return new Outcome(new Transaction(o.id(), in.account().id(), o.type(), in.date(), o.amount(), o.instrumentId(),
                    o.quantity(), o.price(), o.fee(), o.tax(), payee, description, categoryId, notes,
                    o.transferAccountId(), o.providerId(), o.importBatchId()), Map.of());
        }
        BigDecimal signed = isIncoming(in.type()) ? magnitude : magnitude.negate();
        Money amount = new Money(signed, in.account().currency());
        long id = o == null ? 0 : o.id();
        Long instrumentId = o == null ? null : o.instrumentId();
        return new Outcome(new Transaction(id, in.account().id(), in.type(), in.date(), amount, instrumentId, null, null, null, null,
                payee, description, categoryId, notes,
                o == null ? null : o.transferAccountId(), o == null ? null : o.providerId(), o == null ? null : o.importBatchId()),
                Map.of());
    }

    private static String trimmed(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
