package dev.meridian.core.portfolio;

import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Replays every security booking of one instrument, across all accounts, in ledger order and
 * returns the resulting positions. Transfers can only move lots between accounts of the same
 * instrument, so an instrument is the smallest unit that can be recomputed on its own.
 *
 * <p>A TRANSFER_OUT whose matching TRANSFER_IN (counter-account, same instrument, quantity and
 * date) is in the input moves its lots, with acquisition dates and cost, into the receiving
 * account; the matched TRANSFER_IN then books nothing. An unmatched TRANSFER_IN (shares coming
 * from outside the ledger) opens a lot at {@code quantity * price} (zero cost without a price); an
 * unmatched TRANSFER_OUT removes lots without realizing a gain.
 */
final class InstrumentReplay {

    private InstrumentReplay() {}

    /** {@code transactions} must be in ledger order and concern only {@code instrumentId}. */
    static Map<Long, Position> replay(long instrumentId, List<Transaction> transactions, LongFunction<CostMethod> methodOf) {
        Map<Transaction, Transaction> inForOut = pairTransfers(transactions);
        Set<Transaction> matchedIns = Collections.newSetFromMap(new IdentityHashMap<>());
        matchedIns.addAll(inForOut.values());
        Map<Long, LotBook> books = new LinkedHashMap<>();
        for (Transaction t : transactions) {
            if (matchedIns.contains(t)) continue;
            LotBook book = books.computeIfAbsent(t.accountId(), a -> new LotBook(a, instrumentId, methodOf.apply(a)));
            switch (t.type()) {
                case BUY -> book.add(new Lot(t.accountId(), instrumentId, t.date(), t.quantity(), t.amount().negate(), t.id()));
                case SELL -> book.sell(t);
                case SPLIT -> book.split(t.quantity());
                case TRANSFER_OUT -> {
                    List<Lot> moved = book.take(t);
                    Transaction in = inForOut.get(t);
                    if (in != null) {
                        LotBook target = books.computeIfAbsent(in.accountId(), a -> new LotBook(a, instrumentId, methodOf.apply(a)));
                        moved.forEach(target::add);
                    }
                }
                case TRANSFER_IN -> {
                    if (t.quantity().signum() > 0) book.add(new Lot(t.accountId(), instrumentId, t.date(), t.quantity(), externalCost(t), t.id()));
                }
                default -> { }
            }
        }
        Map<Long, Position> positions = new LinkedHashMap<>();
        books.forEach((account, book) -> positions.put(account, book.toPosition()));
        return positions;
    }

    static boolean isSecurityBooking(Transaction t) {
        if (t.instrumentId() == null || t.quantity() == null) return false;
        return switch (t.type()) {
            case BUY, SELL, SPLIT, TRANSFER_IN, TRANSFER_OUT -> true;
            default -> false;
        };
    }

    private static Money externalCost(Transaction t) {
        String ccy = t.amount().currency();
        return t.price() == null ? Money.zero(ccy) : new Money(t.quantity().multiply(t.price()), ccy);
    }

    private static Map<Transaction, Transaction> pairTransfers(List<Transaction> transactions) {
        Map<String, List<Transaction>> openIns = new HashMap<>();
        for (Transaction t : transactions) {
            if (t.type() == TransactionType.TRANSFER_IN && t.transferAccountId() != null) {
                openIns.computeIfAbsent(transferKey(t.transferAccountId(), t.accountId(), t), k -> new ArrayList<>()).add(t);
            }
        }
        Map<Transaction, Transaction> pairs = new IdentityHashMap<>();
        for (Transaction t : transactions) {
            if (t.type() != TransactionType.TRANSFER_OUT || t.transferAccountId() == null) continue;
            List<Transaction> candidates = openIns.get(transferKey(t.accountId(), t.transferAccountId(), t));
            if (candidates != null && !candidates.isEmpty()) pairs.put(t, candidates.removeFirst());
        }
        return pairs;
    }

    private static String transferKey(long from, long to, Transaction t) {
        BigDecimal q = t.quantity().stripTrailingZeros();
        return from + ">" + to + "@" + t.date() + "#" + q.toPlainString();
    }
}
