package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.WATCHLIST;
import static dev.meridian.core.db.generated.Tables.WATCHLIST_ITEM;

import dev.meridian.core.db.generated.tables.records.WatchlistRecord;
import dev.meridian.core.domain.Watchlist;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Named, ordered instrument lists; an instrument appears at most once per list. */
public final class WatchlistRepository {

    private final DSLContext dsl;

    public WatchlistRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Watchlist insert(Watchlist watchlist) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            long id = tx.insertInto(WATCHLIST).set(WATCHLIST.NAME, watchlist.name()).set(WATCHLIST.SORT_ORDER, watchlist.position())
                    .returningResult(WATCHLIST.ID).fetchSingle().value1();
            writeItems(tx, id, watchlist.instrumentIds());
            return watchlist.withId(id);
        });
    }

    /** Replaces name, position and the whole ordered item list. */
    public void update(Watchlist watchlist) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            int n = tx.update(WATCHLIST).set(WATCHLIST.NAME, watchlist.name()).set(WATCHLIST.SORT_ORDER, watchlist.position())
                    .where(WATCHLIST.ID.eq(watchlist.id())).execute();
            Columns.requireOneRow(n, "watchlist", watchlist.id());
            tx.deleteFrom(WATCHLIST_ITEM).where(WATCHLIST_ITEM.WATCHLIST_ID.eq(watchlist.id())).execute();
            writeItems(tx, watchlist.id(), watchlist.instrumentIds());
        });
    }

    public void delete(long id) {
        dsl.deleteFrom(WATCHLIST).where(WATCHLIST.ID.eq(id)).execute();
    }

    public Optional<Watchlist> find(long id) {
        return dsl.selectFrom(WATCHLIST).where(WATCHLIST.ID.eq(id)).fetchOptional().map(this::toDomain);
    }

    /** In display order. */
    public List<Watchlist> all() {
        return dsl.selectFrom(WATCHLIST).orderBy(WATCHLIST.SORT_ORDER, WATCHLIST.ID).fetch(this::toDomain);
    }

    private static void writeItems(DSLContext tx, long watchlistId, List<Long> instrumentIds) {
        if (instrumentIds.isEmpty()) return;
        var insert = tx.insertInto(WATCHLIST_ITEM, WATCHLIST_ITEM.WATCHLIST_ID, WATCHLIST_ITEM.SORT_ORDER, WATCHLIST_ITEM.INSTRUMENT_ID);
        for (int i = 0; i < instrumentIds.size(); i++) insert = insert.values(watchlistId, i, instrumentIds.get(i));
        insert.execute();
    }

    private Watchlist toDomain(WatchlistRecord r) {
        List<Long> items = dsl.select(WATCHLIST_ITEM.INSTRUMENT_ID).from(WATCHLIST_ITEM).where(WATCHLIST_ITEM.WATCHLIST_ID.eq(r.getId()))
                .orderBy(WATCHLIST_ITEM.SORT_ORDER).fetch(WATCHLIST_ITEM.INSTRUMENT_ID);
        return new Watchlist(r.getId(), r.getName(), r.getSortOrder(), items);
    }
}
