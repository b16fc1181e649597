package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.TARGET_ALLOCATION;

import dev.meridian.core.domain.TargetAllocation;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A portfolio's target weights per allocation key. */
public final class TargetAllocationRepository {

    private final DSLContext dsl;

    public TargetAllocationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Replaces all targets of the portfolio with {@code targets}. */
    public void replace(long portfolioId, List<TargetAllocation> targets) {
        for (TargetAllocation t : targets) {
            if (t.portfolioId() != portfolioId) {
                throw new IllegalArgumentException("Target '" + t.key() + "' belongs to portfolio " + t.portfolioId() + ", not " + portfolioId);
            }
            Columns.decimal(t.weight(), "Target weight of '" + t.key() + "'");
        }
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            tx.deleteFrom(TARGET_ALLOCATION).where(TARGET_ALLOCATION.PORTFOLIO_ID.eq(portfolioId)).execute();
            if (targets.isEmpty()) return;
            var insert = tx.insertInto(TARGET_ALLOCATION, TARGET_ALLOCATION.PORTFOLIO_ID, TARGET_ALLOCATION.ALLOCATION_KEY, TARGET_ALLOCATION.WEIGHT);
            for (TargetAllocation t : targets) insert = insert.values(portfolioId, t.key(), t.weight());
            insert.execute();
        });
    }

    /** Ordered by key. */
    public List<TargetAllocation> forPortfolio(long portfolioId) {
        return dsl.selectFrom(TARGET_ALLOCATION).where(TARGET_ALLOCATION.PORTFOLIO_ID.eq(portfolioId)).orderBy(TARGET_ALLOCATION.ALLOCATION_KEY)
                .fetch(r -> new TargetAllocation(r.getPortfolioId(), r.getAllocationKey(), Columns.read(r.getWeight())));
    }
}
