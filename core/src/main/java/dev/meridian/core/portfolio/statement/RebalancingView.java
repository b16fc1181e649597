package dev.meridian.core.portfolio.statement;

import dev.meridian.core.portfolio.allocation.RebalancingPlan;
import java.util.List;

/** A portfolio's targets against what it holds now, and the trades that move it toward them. */
public record RebalancingView(String keyKind, List<TargetGap> gaps, RebalancingPlan plan) {
    public RebalancingView {
        gaps = List.copyOf(gaps);
    }
}
