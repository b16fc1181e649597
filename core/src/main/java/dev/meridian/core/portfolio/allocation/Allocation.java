package dev.meridian.core.portfolio.allocation;

import dev.meridian.core.domain.ClassificationAssignment;
import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.Precision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a snapshot's value by a dimension. Cash is its own slice "Cash", except by currency where
 * it joins its currency. Slices come largest first; weights are value / total.
 */
public final class Allocation {

    public static final String CASH = "Cash";
    public static final String UNKNOWN = "Unknown";
    public static final String UNASSIGNED = "Unassigned";

    private Allocation() {}

    public static List<AllocationSlice> by(AllocationDimension dimension, PortfolioSnapshot s) {
        Map<String, Money> values = new LinkedHashMap<>();
        for (Holding h : s.holdings()) values.merge(dimension.labelOf(h.instrument()), h.value(), Money::plus);
        for (CashBalance c : s.cash()) {
            values.merge(dimension == AllocationDimension.CURRENCY ? c.balance().currency() : CASH, c.value(), Money::plus);
        }
        return slices(values, s.total());
    }

    /**
     * By a user-defined classification: each holding's value is shared among its labels by the
     * assignment weights; a part not assigned (weights summing below 1, or no assignment) goes to
     * "Unassigned".
     */
    public static List<AllocationSlice> byClassification(List<ClassificationAssignment> assignments, PortfolioSnapshot s) {
        Map<String, Money> values = new LinkedHashMap<>();
        for (Holding h : s.holdings()) {
            BigDecimal assigned = BigDecimal.ZERO;
            for (ClassificationAssignment a : assignments) {
                if (a.instrumentId() != h.instrument().id()) continue;
                values.merge(a.label(), h.value().times(a.weight()), Money::plus);
                assigned = assigned.add(a.weight());
            }
            if (assigned.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("Classification weights of " + h.instrument().symbol() + " add up to "
                        + assigned.toPlainString() + ", more than 1");
            }
            if (assigned.compareTo(BigDecimal.ONE) < 0) values.merge(UNASSIGNED, h.value().times(BigDecimal.ONE.subtract(assigned)), Money::plus);
        }
        for (CashBalance c : s.cash()) values.merge(CASH, c.value(), Money::plus);
        return slices(values, s.total());
    }

    private static List<AllocationSlice> slices(Map<String, Money> values, Money total) {
        List<AllocationSlice> out = new ArrayList<>();
        values.forEach((label, value) -> out.add(new AllocationSlice(label, value,
                total.isZero() ? BigDecimal.ZERO : value.amount().divide(total.amount(), Precision.RATIO))));
        out.sort(Comparator.comparing((AllocationSlice a) -> a.value().amount()).reversed().thenComparing(AllocationSlice::label));
        return out;
    }
}
