package dev.meridian.core.coach;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Test bookings in USD with ids handed out in order. */
public final class Bookings {

    private final AtomicLong ids = new AtomicLong(1);
    private final long account;

    public Bookings(long account) {
        this.account = account;
    }

    /** A charge (money out) of {@code amount} (positive number). */
    public Transaction charge(String date, String amount, String payee, Long category) {
        return Transaction.cash(account, TransactionType.WITHDRAWAL, LocalDate.parse(date), Money.of("-" + amount, "USD"), payee, null, category)
                .withId(ids.getAndIncrement());
    }

    public Transaction income(String date, String amount, String payee, Long category) {
        return Transaction.cash(account, TransactionType.DEPOSIT, LocalDate.parse(date), Money.of(amount, "USD"), payee, null, category)
                .withId(ids.getAndIncrement());
    }
}
