package dev.meridian.core.portfolio;

import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The open lots of one account in one instrument while the ledger is replayed. Every operation
 * checks before it changes anything, so a refused transaction leaves the book as it was.
 */
final class LotBook {

    private final long accountId;
    private final long instrumentId;
    private final CostMethod method;
    private final List<Lot> lots = new ArrayList<>();
    private final List<RealizedGain> realized = new ArrayList<>();
    private BigDecimal held = BigDecimal.ZERO;

    LotBook(long accountId, long instrumentId, CostMethod method) {
        this.accountId = accountId;
        this.instrumentId = instrumentId;
        this.method = method;
    }

    BigDecimal quantity() {
        return held;
    }

    void add(Lot lot) {
        lots.add(lot.accountId() == accountId ? lot : lot.inAccount(accountId));
        held = held.add(lot.quantity());
    }

    void sell(Transaction t) {
        List<Lot> parts = take(t);
        BigDecimal sold = t.quantity();
        Money proceeds = t.amount();
        BigDecimal left = proceeds.amount();
        for (int i = 0; i < parts.size(); i++) {
            Lot p = parts.get(i);
            BigDecimal share = i == parts.size() - 1 ? left : Precision.share(proceeds.amount(), p.quantity(), sold);
            left = left.subtract(share);
            realized.add(new RealizedGain(t.id(), accountId, instrumentId, p.acquired(), t.date(), p.quantity(),
                    new Money(share, proceeds.currency()), p.cost()));
        }
    }

    void split(BigDecimal ratio) {
        if (ratio.signum() <= 0) throw new IllegalArgumentException("Split ratio must be positive: " + ratio);
        lots.replaceAll(l -> l.withQuantityAndCost(Precision.quantity(l.quantity().multiply(ratio)), l.cost()));
        held = BigDecimal.ZERO;
        for (Lot l : lots) held = held.add(l.quantity());
    }

    /**
     * Removes {@code t.quantity()} shares and returns the removed parts with their cost: oldest lots
     * first under FIFO; under average cost the same fraction of every lot, so the cost taken is the
     * position's average cost.
     */
    List<Lot> take(Transaction t) {
        BigDecimal q = t.quantity();
        if (q.compareTo(held) > 0) throw new InsufficientQuantityException(t, held);
        if (q.signum() == 0) return List.of();
        if (q.compareTo(held) == 0) {
            List<Lot> all = List.copyOf(lots);
            lots.clear();
            held = BigDecimal.ZERO;
            return all;
        }
        List<Lot> parts = method == CostMethod.FIFO ? takeOldestFirst(q) : takeProportionally(q, held);
        held = held.subtract(q);
        return parts;
    }

    private List<Lot> takeOldestFirst(BigDecimal q) {
        List<Lot> parts = new ArrayList<>();
        BigDecimal remaining = q;
        while (remaining.signum() > 0) {
            Lot head = lots.getFirst();
            if (head.quantity().compareTo(remaining) <= 0) {
                parts.add(lots.removeFirst());
                remaining = remaining.subtract(head.quantity());
            } else {
                parts.add(cut(0, remaining));
                remaining = BigDecimal.ZERO;
            }
        }
        return parts;
    }

    /** Floors each lot's proportional share, then takes the rounding shortfall (at most a few 1e-18) oldest first. */
    private List<Lot> takeProportionally(BigDecimal q, BigDecimal held) {
        BigDecimal[] want = new BigDecimal[lots.size()];
        BigDecimal planned = BigDecimal.ZERO;
        for (int i = 0; i < want.length; i++) {
            want[i] = lots.get(i).quantity().multiply(q).divide(held, Precision.QUANTITY_SCALE, RoundingMode.DOWN);
            planned = planned.add(want[i]);
        }
        BigDecimal shortfall = q.subtract(planned);
        for (int i = 0; i < want.length && shortfall.signum() > 0; i++) {
            BigDecimal room = lots.get(i).quantity().subtract(want[i]).min(shortfall);
            want[i] = want[i].add(room);
            shortfall = shortfall.subtract(room);
        }
        List<Lot> parts = new ArrayList<>();
        for (int i = want.length - 1; i >= 0; i--) {
            if (want[i].signum() == 0) continue;
            parts.add(want[i].compareTo(lots.get(i).quantity()) == 0 ? lots.remove(i) : cut(i, want[i]));
        }
        return parts.reversed();
    }

    /** Splits {@code qty} off lot {@code i}; the part's cost is rounded, the remaining lot keeps the exact rest. */
    private Lot cut(int i, BigDecimal qty) {
        Lot lot = lots.get(i);
        Money partCost = new Money(Precision.share(lot.cost().amount(), qty, lot.quantity()), lot.cost().currency());
        lots.set(i, lot.withQuantityAndCost(Precision.quantity(lot.quantity().subtract(qty)), lot.cost().minus(partCost)));
        return lot.withQuantityAndCost(Precision.quantity(qty), partCost);
    }

    Position toPosition() {
        return new Position(accountId, instrumentId, lots, realized);
    }
}
