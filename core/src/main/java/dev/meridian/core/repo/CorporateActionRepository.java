package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.CORPORATE_ACTION;

import dev.meridian.core.db.generated.tables.records.CorporateActionRecord;
import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.domain.CorporateActionType;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Splits and dividends per instrument. */
public final class CorporateActionRepository {

    private final DSLContext dsl;

    public CorporateActionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public CorporateAction insert(CorporateAction action) {
        long id = dsl.insertInto(CORPORATE_ACTION).set(toRecord(action)).returningResult(CORPORATE_ACTION.ID).fetchSingle().value1();
        return action.withId(id);
    }

    public void update(CorporateAction action) {
        int n = dsl.update(CORPORATE_ACTION).set(toRecord(action)).where(CORPORATE_ACTION.ID.eq(action.id())).execute();
        Columns.requireOneRow(n, "corporate action", action.id());
    }

    public void delete(long id) {
        dsl.deleteFrom(CORPORATE_ACTION).where(CORPORATE_ACTION.ID.eq(id)).execute();
    }

    public Optional<CorporateAction> find(long id) {
        return dsl.selectFrom(CORPORATE_ACTION).where(CORPORATE_ACTION.ID.eq(id)).fetchOptional().map(CorporateActionRepository::toDomain);
    }

    /** Oldest ex-date first. */
    public List<CorporateAction> forInstrument(long instrumentId) {
        return dsl.selectFrom(CORPORATE_ACTION).where(CORPORATE_ACTION.INSTRUMENT_ID.eq(instrumentId))
                .orderBy(CORPORATE_ACTION.EX_DATE, CORPORATE_ACTION.ID).fetch(CorporateActionRepository::toDomain);
    }

    public Optional<CorporateAction> findByProviderId(long instrumentId, String providerId) {
        return dsl.selectFrom(CORPORATE_ACTION)
                .where(CORPORATE_ACTION.INSTRUMENT_ID.eq(instrumentId), CORPORATE_ACTION.PROVIDER_ID.eq(providerId))
                .orderBy(CORPORATE_ACTION.ID).limit(1).fetchOptional().map(CorporateActionRepository::toDomain);
    }

    private static CorporateActionRecord toRecord(CorporateAction a) {
        return new CorporateActionRecord()
                .setInstrumentId(a.instrumentId())
                .setActionType(a.type().name())
                .setExDate(a.exDate())
                .setSplitFrom(Columns.decimal(a.splitFrom(), "Split 'from' side"))
                .setSplitTo(Columns.decimal(a.splitTo(), "Split 'to' side"))
                .setDividendAmount(Columns.amount(a.dividendPerShare(), "Dividend per share"))
                .setDividendCurrency(a.dividendPerShare() == null ? null : a.dividendPerShare().currency())
                .setProviderId(a.providerId());
    }

    private static CorporateAction toDomain(CorporateActionRecord r) {
        return new CorporateAction(r.getId(), r.getInstrumentId(), CorporateActionType.valueOf(r.getActionType()), r.getExDate(),
                Columns.read(r.getSplitFrom()), Columns.read(r.getSplitTo()),
                Columns.money(r.getDividendAmount(), r.getDividendCurrency()), r.getProviderId());
    }
}
