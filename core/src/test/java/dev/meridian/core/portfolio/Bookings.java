package dev.meridian.core.portfolio;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds transactions with increasing ids for hand-worked ledger cases. */
public final class Bookings {

    private final String currency;
    private final List<Transaction> list = new ArrayList<>();
    private long nextId = 1;

    public Bookings(String currency) {
        this.currency = currency;
    }

    public List<Transaction> list() {
        return List.copyOf(list);
    }

    public Transaction buy(long account, String date, long instrument, String qty, String price, String fee) {
        return add(Transaction.trade(account, TransactionType.BUY, LocalDate.parse(date), instrument,
                new BigDecimal(qty), new BigDecimal(price), Money.of(fee, currency), null));
    }

    public Transaction sell(long account, String date, long instrument, String qty, String price, String fee) {
        return add(Transaction.trade(account, TransactionType.SELL, LocalDate.parse(date), instrument,
                new BigDecimal(qty), new BigDecimal(price), Money.of(fee, currency), null));
    }

    public Transaction cash(long account, TransactionType type, String date, String amount) {
        return add(Transaction.cash(account, type, LocalDate.parse(date), Money.of(amount, currency), null, null, null));
    }

    public Transaction dividend(long account, String date, long instrument, String amount) {
        return add(new Transaction(0, account, TransactionType.DIVIDEND, LocalDate.parse(date), Money.of(amount, currency),
                instrument, null, null, null, null, null, null, null, null, null, null, null));
    }

    public Transaction split(long account, String date, long instrument, String toPerFrom) {
        return add(new Transaction(0, account, TransactionType.SPLIT, LocalDate.parse(date), Money.zero(currency),
                instrument, new BigDecimal(toPerFrom), null, null, null, null, null, null, null, null, null, null));
    }

    /** Both halves of a securities transfer from {@code from} to {@code to}. */
    public void transfer(long from, long to, String date, long instrument, String qty) {
        add(new Transaction(0, from, TransactionType.TRANSFER_OUT, LocalDate.parse(date), Money.zero(currency),
                instrument, new BigDecimal(qty), null, null, null, null, null, null, null, to, null, null));
        add(new Transaction(0, to, TransactionType.TRANSFER_IN, LocalDate.parse(date), Money.zero(currency),
                instrument, new BigDecimal(qty), null, null, null, null, null, null, null, from, null, null));
    }

    /** Both halves of a cash transfer. */
    public void cashTransfer(long from, long to, String date, String amount) {
        add(new Transaction(0, from, TransactionType.TRANSFER_OUT, LocalDate.parse(date), Money.of(amount, currency).negate(),
                null, null, null, null, null, null, null, null, null, to, null, null));
        add(new Transaction(0, to, TransactionType.TRANSFER_IN, LocalDate.parse(date), Money.of(amount, currency),
                null, null, null, null, null, null, null, null, null, from, null, null));
    }

    public Transaction add(Transaction t) {
        Transaction withId = t.withId(nextId++);
        list.add(withId);
        return withId;
    }
}
