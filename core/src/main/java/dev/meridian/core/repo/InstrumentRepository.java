package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.INSTRUMENT;
import static dev.meridian.core.db.generated.Tables.INSTRUMENT_PROVIDER_ID;
import static dev.meridian.core.db.generated.Tables.TXN;

import dev.meridian.core.db.generated.tables.records.InstrumentRecord;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.InstrumentProviderId;
import dev.meridian.core.market.TradingSession;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Instruments (symbols are unique) and how each data provider names them. */
public final class InstrumentRepository {

    private final DSLContext dsl;

    public InstrumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a new instrument; a session spec that does not parse is refused before anything is written. */
    public Instrument insert(Instrument instrument) {
        requireValidSession(instrument);
        long id = dsl.insertInto(INSTRUMENT).set(toRecord(instrument)).returningResult(INSTRUMENT.ID).fetchSingle().value1();
        return instrument.withId(id);
    }

    public void update(Instrument instrument) {
        requireValidSession(instrument);
        int n = dsl.update(INSTRUMENT).set(toRecord(instrument)).where(INSTRUMENT.ID.eq(instrument.id())).execute();
        Columns.requireOneRow(n, "instrument", instrument.id());
    }

    /** Deletes the instrument with its bars, provider ids, drawings and alerts; fails while transactions use it. */
    public void delete(long id) {
        int used = dsl.fetchCount(TXN, TXN.INSTRUMENT_ID.eq(id));
        if (used > 0) {
            throw new IllegalStateException("Instrument " + id + " is used by " + used + " transactions and cannot be deleted");
        }
        dsl.deleteFrom(INSTRUMENT).where(INSTRUMENT.ID.eq(id)).execute();
    }

    /** True while any transaction refers to the instrument. */
    public boolean isUsed(long id) {
        return dsl.fetchExists(TXN, TXN.INSTRUMENT_ID.eq(id));
    }

    public Optional<Instrument> find(long id) {
        return dsl.selectFrom(INSTRUMENT).where(INSTRUMENT.ID.eq(id)).fetchOptional().map(InstrumentRepository::toDomain);
    }

    public Optional<Instrument> findBySymbol(String symbol) {
        return dsl.selectFrom(INSTRUMENT).where(INSTRUMENT.SYMBOL.eq(symbol)).fetchOptional().map(InstrumentRepository::toDomain);
    }

    public Optional<Instrument> findByIsin(String isin) {
        return dsl.selectFrom(INSTRUMENT).where(INSTRUMENT.ISIN.eq(isin)).orderBy(INSTRUMENT.ID).limit(1)
                .fetchOptional().map(InstrumentRepository::toDomain);
    }

    public List<Instrument> all() {
        return dsl.selectFrom(INSTRUMENT).orderBy(INSTRUMENT.SYMBOL).fetch(InstrumentRepository::toDomain);
    }

    /** Instruments whose symbol starts with {@code text} (listed first), then those whose name contains it; case-insensitive. */
    public List<Instrument> search(String text, int limit) {
        String t = text == null ? "" : text.strip();
        var symbolFirst = DSL.when(INSTRUMENT.SYMBOL.startsWithIgnoreCase(t), 0).otherwise(1);
        return dsl.selectFrom(INSTRUMENT)
                .where(INSTRUMENT.SYMBOL.startsWithIgnoreCase(t).or(INSTRUMENT.NAME.containsIgnoreCase(t)))
                .orderBy(symbolFirst, INSTRUMENT.SYMBOL)
                .limit(Math.max(0, limit))
                .fetch(InstrumentRepository::toDomain);
    }

    /** Records (or replaces) how {@code id.provider()} names the instrument. */
    public void putProviderId(InstrumentProviderId id) {
        dsl.mergeInto(INSTRUMENT_PROVIDER_ID).using(dsl.selectOne())
                .on(INSTRUMENT_PROVIDER_ID.INSTRUMENT_ID.eq(id.instrumentId()), INSTRUMENT_PROVIDER_ID.PROVIDER.eq(id.provider()))
                .whenMatchedThenUpdate().set(INSTRUMENT_PROVIDER_ID.PROVIDER_SYMBOL, id.providerSymbol())
                .whenNotMatchedThenInsert(INSTRUMENT_PROVIDER_ID.INSTRUMENT_ID, INSTRUMENT_PROVIDER_ID.PROVIDER,
                        INSTRUMENT_PROVIDER_ID.PROVIDER_SYMBOL)
                .values(id.instrumentId(), id.provider(), id.providerSymbol())
                .execute();
    }

    public void removeProviderId(long instrumentId, String provider) {
        dsl.deleteFrom(INSTRUMENT_PROVIDER_ID)
                .where(INSTRUMENT_PROVIDER_ID.INSTRUMENT_ID.eq(instrumentId), INSTRUMENT_PROVIDER_ID.PROVIDER.eq(provider))
                .execute();
    }

    public List<InstrumentProviderId> providerIds(long instrumentId) {
        return dsl.selectFrom(INSTRUMENT_PROVIDER_ID).where(INSTRUMENT_PROVIDER_ID.INSTRUMENT_ID.eq(instrumentId))
                .orderBy(INSTRUMENT_PROVIDER_ID.PROVIDER)
                .fetch(r -> new InstrumentProviderId(r.getInstrumentId(), r.getProvider(), r.getProviderSymbol()));
    }

    public Optional<String> providerSymbol(long instrumentId, String provider) {
        return dsl.select(INSTRUMENT_PROVIDER_ID.PROVIDER_SYMBOL).from(INSTRUMENT_PROVIDER_ID)
                .where(INSTRUMENT_PROVIDER_ID.INSTRUMENT_ID.eq(instrumentId), INSTRUMENT_PROVIDER_ID.PROVIDER.eq(provider))
                .fetchOptional(INSTRUMENT_PROVIDER_ID.PROVIDER_SYMBOL);
    }

    public Optional<Instrument> findByProviderSymbol(String provider, String providerSymbol) {
        return dsl.select(INSTRUMENT.fields()).from(INSTRUMENT)
                .join(INSTRUMENT_PROVIDER_ID).on(INSTRUMENT_PROVIDER_ID.INSTRUMENT_ID.eq(INSTRUMENT.ID))
                .where(INSTRUMENT_PROVIDER_ID.PROVIDER.eq(provider), INSTRUMENT_PROVIDER_ID.PROVIDER_SYMBOL.eq(providerSymbol))
                .orderBy(INSTRUMENT.ID).limit(1)
                .fetchOptional(r -> toDomain(r.into(INSTRUMENT)));
    }

    private static void requireValidSession(Instrument i) {
        if (i.session() == null) return;
        try {
            TradingSession.parse(i.session(), ZoneId.of(i.timeZone()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Instrument " + i.symbol() + ": " + e.getMessage(), e);
        }
    }

    private static InstrumentRecord toRecord(Instrument i) {
        return new InstrumentRecord()
                .setSymbol(i.symbol())
                .setName(i.name())
                .setAssetClass(i.assetClass().name())
                .setExchange(i.exchange())
                .setCurrency(i.currency())
                .setIsin(i.isin())
                .setSector(i.sector())
                .setRegion(i.region())
                .setTimeZone(i.timeZone())
                .setSession(i.session());
    }

    private static Instrument toDomain(InstrumentRecord r) {
        return new Instrument(r.getId(), r.getSymbol(), r.getName(), AssetClass.valueOf(r.getAssetClass()), r.getExchange(),
                r.getCurrency(), r.getIsin(), r.getSector(), r.getRegion(), r.getTimeZone(), r.getSession());
    }
}
