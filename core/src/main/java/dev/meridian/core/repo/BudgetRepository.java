package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.BUDGET;

import dev.meridian.core.db.generated.tables.records.BudgetRecord;
import dev.meridian.core.domain.Budget;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class BudgetRepository {

    private final DSLContext dsl;

    public BudgetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Budget insert(Budget budget) {
        long id = dsl.insertInto(BUDGET).set(toRecord(budget)).returningResult(BUDGET.ID).fetchSingle().value1();
        return budget.withId(id);
    }

    public void update(Budget budget) {
        int n = dsl.update(BUDGET).set(toRecord(budget)).where(BUDGET.ID.eq(budget.id())).execute();
        Columns.requireOneRow(n, "budget", budget.id());
    }

    public void delete(long id) {
        dsl.deleteFrom(BUDGET).where(BUDGET.ID.eq(id)).execute();
    }

    public Optional<Budget> find(long id) {
        return dsl.selectFrom(BUDGET).where(BUDGET.ID.eq(id)).fetchOptional().map(BudgetRepository::toDomain);
    }

    public List<Budget> all() {
        return dsl.selectFrom(BUDGET).orderBy(BUDGET.CATEGORY_ID, BUDGET.FIRST_MONTH).fetch(BudgetRepository::toDomain);
    }

    /** Budgets in force during {@code month}. */
    public List<Budget> activeIn(YearMonth month) {
        var first = Columns.month(month);
        return dsl.selectFrom(BUDGET)
                .where(BUDGET.FIRST_MONTH.le(first), BUDGET.LAST_MONTH.isNull().or(BUDGET.LAST_MONTH.ge(first)))
                .orderBy(BUDGET.CATEGORY_ID).fetch(BudgetRepository::toDomain);
    }

    private static BudgetRecord toRecord(Budget b) {
        return new BudgetRecord()
                .setCategoryId(b.categoryId())
                .setAmount(Columns.amount(b.monthlyAmount(), "Monthly budget amount"))
                .setCurrency(b.monthlyAmount().currency())
                .setFirstMonth(Columns.month(b.firstMonth()))
                .setLastMonth(Columns.month(b.lastMonth()))
                .setRollover(b.rollover());
    }

    private static Budget toDomain(BudgetRecord r) {
        return new Budget(r.getId(), r.getCategoryId(), Columns.money(r.getAmount(), r.getCurrency()),
                Columns.yearMonth(r.getFirstMonth()), Columns.yearMonth(r.getLastMonth()), r.getRollover());
    }
}
