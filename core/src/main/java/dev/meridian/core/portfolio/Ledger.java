package dev.meridian.core.portfolio;

import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.Transaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All bookings of a set of accounts and the positions they produce. Positions are cached per
 * instrument (and within it per account); {@link #add(Transaction)} replays only the instrument the
 * new booking touches, which gives the same result as building the ledger again from scratch.
 * Not thread-safe: one writer at a time, and readers see its state between calls.
 */
public final class Ledger {

    /** Ledger order: date, then id (ids grow in booking order). */
    public static final Comparator<Transaction> ORDER = Comparator.comparing(Transaction::date).thenComparingLong(Transaction::id);

    private final Map<Long, CostMethod> methodByAccount;
    private final CostMethod defaultMethod;
    private final List<Transaction> transactions;
    private final Map<Long, List<Transaction>> byInstrument = new HashMap<>();
    private final Map<Long, Map<Long, Position>> positions = new HashMap<>();

    private Ledger(Map<Long, CostMethod> methodByAccount, CostMethod defaultMethod, List<Transaction> sorted) {
        this.methodByAccount = Map.copyOf(methodByAccount);
        this.defaultMethod = defaultMethod;
        this.transactions = sorted;
    }

    /**
     * Builds the ledger. {@code methodByAccount} gives each account its portfolio's cost method;
     * accounts missing from it use {@code defaultMethod}.
     *
     * @throws InsufficientQuantityException naming the first sale or transfer that takes more than is held
     */
    public static Ledger of(List<Transaction> transactions, Map<Long, CostMethod> methodByAccount, CostMethod defaultMethod) {
        List<Transaction> sorted = new ArrayList<>(transactions);
        sorted.sort(ORDER);
        Ledger ledger = new Ledger(methodByAccount, defaultMethod, sorted);
        for (Transaction t : sorted) {
            if (InstrumentReplay.isSecurityBooking(t)) {
                ledger.byInstrument.computeIfAbsent(t.instrumentId(), k -> new ArrayList<>()).add(t);
            }
        }
        ledger.byInstrument.forEach((instrument, list) -> ledger.positions.put(instrument, ledger.replay(instrument, list)));
        return ledger;
    }

    /**
     * Books one more transaction and replays only its instrument. If the transaction is refused
     * (for example a sale of more than is held) the ledger stays exactly as it was.
     */
    public void add(Transaction t) {
        if (InstrumentReplay.isSecurityBooking(t)) {
            List<Transaction> list = new ArrayList<>(byInstrument.getOrDefault(t.instrumentId(), List.of()));
            insertSorted(list, t);
            Map<Long, Position> replayed = replay(t.instrumentId(), list);
            byInstrument.put(t.instrumentId(), list);
            positions.put(t.instrumentId(), replayed);
        }
        insertSorted(transactions, t);
    }

    private Map<Long, Position> replay(long instrumentId, List<Transaction> list) {
        return InstrumentReplay.replay(instrumentId, list, a -> methodByAccount.getOrDefault(a, defaultMethod));
    }

    private static void insertSorted(List<Transaction> list, Transaction t) {
        int i = Collections.binarySearch(list, t, ORDER);
        list.add(i >= 0 ? i + 1 : -i - 1, t);
    }

    /** Every booking in ledger order. */
    public List<Transaction> transactions() {
        return Collections.unmodifiableList(transactions);
    }

    /** Security bookings of one instrument in ledger order. */
    public List<Transaction> transactionsOf(long instrumentId) {
        return Collections.unmodifiableList(byInstrument.getOrDefault(instrumentId, List.of()));
    }

    public CostMethod methodOf(long accountId) {
        return methodByAccount.getOrDefault(accountId, defaultMethod);
    }

    public Optional<Position> position(long accountId, long instrumentId) {
        return Optional.ofNullable(positions.getOrDefault(instrumentId, Map.of()).get(accountId));
    }

    /** Every position, open or closed, ordered by instrument then account. */
    public List<Position> positions() {
        List<Position> all = new ArrayList<>();
        positions.keySet().stream().sorted().forEach(i -> positions.get(i).values().stream()
                .sorted(Comparator.comparingLong(Position::accountId)).forEach(all::add));
        return all;
    }

    public List<RealizedGain> realizedGains() {
        List<RealizedGain> all = new ArrayList<>();
        for (Position p : positions()) all.addAll(p.realized());
        all.sort(Comparator.comparing(RealizedGain::sold).thenComparingLong(RealizedGain::transactionId));
        return all;
    }
}
