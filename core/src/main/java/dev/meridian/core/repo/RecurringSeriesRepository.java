package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.RECURRING_SERIES;

import dev.meridian.core.db.generated.tables.records.RecurringSeriesRecord;
import dev.meridian.core.domain.Cadence;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class RecurringSeriesRepository {

    private final DSLContext dsl;

    public RecurringSeriesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public RecurringSeries insert(RecurringSeries series) {
        long id = dsl.insertInto(RECURRING_SERIES).set(toRecord(series)).returningResult(RECURRING_SERIES.ID).fetchSingle().value1();
        return series.withId(id);
    }

    public void update(RecurringSeries series) {
        int n = dsl.update(RECURRING_SERIES).set(toRecord(series)).where(RECURRING_SERIES.ID.eq(series.id())).execute();
        Columns.requireOneRow(n, "recurring series", series.id());
    }

    public void delete(long id) {
        dsl.deleteFrom(RECURRING_SERIES).where(RECURRING_SERIES.ID.eq(id)).execute();
    }

    public Optional<RecurringSeries> find(long id) {
        return dsl.selectFrom(RECURRING_SERIES).where(RECURRING_SERIES.ID.eq(id)).fetchOptional().map(RecurringSeriesRepository::toDomain);
    }

    /** Ordered by the next expected date (unknown last), then payee. */
    public List<RecurringSeries> all() {
        return dsl.selectFrom(RECURRING_SERIES)
                .orderBy(RECURRING_SERIES.NEXT_DATE.asc().nullsLast(), RECURRING_SERIES.PAYEE, RECURRING_SERIES.ID)
                .fetch(RecurringSeriesRepository::toDomain);
    }

    public List<RecurringSeries> withStatus(RecurringStatus status) {
        return dsl.selectFrom(RECURRING_SERIES).where(RECURRING_SERIES.STATUS.eq(status.name()))
                .orderBy(RECURRING_SERIES.NEXT_DATE.asc().nullsLast(), RECURRING_SERIES.PAYEE, RECURRING_SERIES.ID)
                .fetch(RecurringSeriesRepository::toDomain);
    }

    private static RecurringSeriesRecord toRecord(RecurringSeries s) {
        return new RecurringSeriesRecord()
                .setPayee(s.payee())
                .setAccountId(s.accountId())
                .setCategoryId(s.categoryId())
                .setCadence(s.cadence().name())
                .setExpectedAmount(Columns.amount(s.expectedAmount(), "Expected amount of " + s.payee()))
                .setCurrency(s.expectedAmount().currency())
                .setLastDate(s.lastDate())
                .setNextDate(s.nextDate())
                .setSubscription(s.subscription())
                .setStatus(s.status().name());
    }

    private static RecurringSeries toDomain(RecurringSeriesRecord r) {
        return new RecurringSeries(r.getId(), r.getPayee(), r.getAccountId(), r.getCategoryId(), Cadence.valueOf(r.getCadence()),
                Columns.money(r.getExpectedAmount(), r.getCurrency()), r.getLastDate(), r.getNextDate(), r.getSubscription(),
                RecurringStatus.valueOf(r.getStatus()));
    }
}
