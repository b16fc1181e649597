package dev.meridian.core.domain;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One booking on an account.
 *
 * <p>{@code amount} is the signed cash effect on the account in the account's currency: positive is
 * money in (salary, sale proceeds, dividends), negative is money out (purchases, fees). For BUY/SELL
 * it includes fee and tax; {@code fee} and {@code tax} repeat those parts for reporting. For a SPLIT
 * {@code amount} is zero and {@code quantity} is the ratio's "to" side per one "from" share
 * ({@code price} unused). {@code transferAccountId} links the two halves of a transfer.
 * {@code providerId} (bank/broker/file id) makes sync and import idempotent; {@code importBatchId}
 * lets a whole import be undone.
 */
public record Transaction(
        long id,
        long accountId,
        TransactionType type,
        LocalDate date,
        Money amount,
        Long instrumentId,
        BigDecimal quantity,
        BigDecimal price,
        Money fee,
        Money tax,
        String payee,
        String description,
        Long categoryId,
        String notes,
        Long transferAccountId,
        String providerId,
        Long importBatchId) {

    public Transaction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        if (type.movesSecurities() && (instrumentId == null || quantity == null)) {
            throw new IllegalArgumentException(type + " needs an instrument and a quantity");
        }
        if (quantity != null && quantity.signum() < 0) {
            throw new IllegalArgumentException("Quantity must not be negative: " + quantity.toPlainString());
        }
        if (fee != null && !fee.currency().equals(amount.currency())) {
            throw new IllegalArgumentException("Fee currency " + fee.currency() + " differs from amount currency " + amount.currency());
        }
        if (tax != null && !tax.currency().equals(amount.currency())) {
            throw new IllegalArgumentException("Tax currency " + tax.currency() + " differs from amount currency " + amount.currency());
        }
    }

    /** A plain cash booking (bank purchase, salary, fee) with payee and category. */
    public static Transaction cash(long accountId, TransactionType type, LocalDate date, Money amount,
                                   String payee, String description, Long categoryId) {
        return new Transaction(0, accountId, type, date, amount, null, null, null, null, null,
                payee, description, categoryId, null, null, null, null);
    }

    /** A buy or sell; {@code amount} is derived: -(qty*price + fee + tax) for a buy, qty*price - fee - tax for a sell. */
    public static Transaction trade(long accountId, TransactionType type, LocalDate date, long instrumentId,
                                    BigDecimal quantity, BigDecimal price, Money fee, Money tax) {
        if (type != TransactionType.BUY && type != TransactionType.SELL) {
            throw new IllegalArgumentException("A trade is a BUY or a SELL, not " + type);
        }
        String ccy = fee.currency();
        BigDecimal gross = quantity.multiply(price);
        BigDecimal costs = fee.amount().add(tax == null ? BigDecimal.ZERO : tax.amount());
        BigDecimal cash = type == TransactionType.BUY ? gross.add(costs).negate() : gross.subtract(costs);
        return new Transaction(0, accountId, type, date, new Money(cash, ccy), instrumentId, quantity, price,
                fee, tax == null ? Money.zero(ccy) : tax, null, null, null, null, null, null, null);
    }

    public Transaction withId(long newId) {
        return new Transaction(newId, accountId, type, date, amount, instrumentId, quantity, price, fee, tax,
                payee, description, categoryId, notes, transferAccountId, providerId, importBatchId);
    }

    public Transaction withCategory(Long newCategoryId) {
        return new Transaction(id, accountId, type, date, amount, instrumentId, quantity, price, fee, tax,
                payee, description, newCategoryId, notes, transferAccountId, providerId, importBatchId);
    }

    public Transaction withNotes(String newNotes) {
        return new Transaction(id, accountId, type, date, amount, instrumentId, quantity, price, fee, tax,
                payee, description, categoryId, newNotes, transferAccountId, providerId, importBatchId);
    }

    public Transaction withProviderId(String newProviderId) {
        return new Transaction(id, accountId, type, date, amount, instrumentId, quantity, price, fee, tax,
                payee, description, categoryId, notes, transferAccountId, newProviderId, importBatchId);
    }

    public Transaction withImportBatch(Long batchId) {
        return new Transaction(id, accountId, type, date, amount, instrumentId, quantity, price, fee, tax,
                payee, description, categoryId, notes, transferAccountId, providerId, batchId);
    }

    public Transaction withTransferAccount(Long otherAccountId) {
        return new Transaction(id, accountId, type, date, amount, instrumentId, quantity, price, fee, tax,
                payee, description, categoryId, notes, otherAccountId, providerId, importBatchId);
    }
}
