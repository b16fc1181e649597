package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.TXN;

import dev.meridian.core.db.generated.tables.records.TxnRecord;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The ledger's bookings. Lists come in ledger order (date, then id) unless a method says otherwise. */
public final class TransactionRepository {

    private static final int BATCH_SIZE = 2000;
    private static final List<Field<?>> INSERT_FIELDS = List.of(TXN.ACCOUNT_ID, TXN.TXN_TYPE, TXN.TXN_DATE, TXN.AMOUNT,
            TXN.CURRENCY, TXN.INSTRUMENT_ID, TXN.QUANTITY, TXN.PRICE, TXN.FEE, TXN.TAX, TXN.PAYEE, TXN.DESCRIPTION,
            TXN.CATEGORY_ID, TXN.NOTES, TXN.TRANSFER_ACCOUNT_ID, TXN.PROVIDER_ID, TXN.IMPORT_BATCH_ID);

    private static final Comparator<Transaction> LEDGER_INSERT_ORDER =
            Comparator.comparingLong(Transaction::accountId).thenComparing(Transaction::date);

    private final DSLContext dsl;

    public TransactionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Transaction insert(Transaction t) {
        long id = dsl.insertInto(TXN).set(toRecord(t)).returningResult(TXN.ID).fetchSingle().value1();
        return t.withId(id);
    }

    /**
     * Inserts many transactions through one prepared statement in JDBC batches, all or nothing; ids are
     * not returned. It runs in its own transaction (a savepoint when the caller already has one): with
     * auto-commit H2 would commit every row of a batch, several times slower.
     *
     * <p>Rows go in ordered by (account, date), stable for equal keys, so ids follow ledger order and
     * the date-keyed indexes are filled in one sweep: in random date order every row lands on a
     * different B-tree leaf, and H2 reads (decrypts) and rewrites (encrypts) far more pages.
     */
    public void insertAll(List<Transaction> transactions) {
        if (transactions.isEmpty()) return;
        List<Transaction> ordered = new ArrayList<>(transactions);
        ordered.sort(LEDGER_INSERT_ORDER);
        List<Object[]> rows = new ArrayList<>(ordered.size());
        for (Transaction t : ordered) rows.add(values(t));
        List<Field<?>> bindMarkers = new ArrayList<>();
        for (Field<?> f : INSERT_FIELDS) bindMarkers.add(DSL.val(null, f.getDataType()));
        String sql = dsl.render(dsl.insertInto(TXN).columns(INSERT_FIELDS).values(bindMarkers));
        dsl.transaction(cfg -> DSL.using(cfg).connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                    ps.addBatch();
                    if (++pending == BATCH_SIZE) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) ps.executeBatch();
            }
        }));
    }

    public void update(Transaction t) {
        int n = dsl.update(TXN).set(toRecord(t)).where(TXN.ID.eq(t.id())).execute();
        Columns.requireOneRow(n, "transaction", t.id());
    }

    public void delete(long id) {
        dsl.deleteFrom(TXN).where(TXN.ID.eq(id)).execute();
    }

    public Optional<Transaction> find(long id) {
        return dsl.selectFrom(TXN).where(TXN.ID.eq(id)).fetchOptional().map(TransactionRepository::toDomain);
    }

    public List<Transaction> forAccount(long accountId) {
        return dsl.selectFrom(TXN).where(TXN.ACCOUNT_ID.eq(accountId)).orderBy(TXN.TXN_DATE, TXN.ID)
                .fetch(TransactionRepository::toDomain);
    }

    /** All transactions in ledger order (date, then id). */
    public List<Transaction> all() {
        return dsl.selectFrom(TXN).orderBy(TXN.TXN_DATE, TXN.ID).fetch(TransactionRepository::toDomain);
    }

    /** Matching transactions, newest first (date descending, then id descending). */
    public List<Transaction> query(TransactionQuery q) {
        List<Condition> where = new ArrayList<>();
        if (q.accountId() != null) where.add(TXN.ACCOUNT_ID.eq(q.accountId()));
        if (q.from() != null) where.add(TXN.TXN_DATE.ge(q.from()));
        if (q.to() != null) where.add(TXN.TXN_DATE.le(q.to()));
        if (q.categoryId() != null) where.add(TXN.CATEGORY_ID.eq(q.categoryId()));
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().strip();
            where.add(TXN.PAYEE.containsIgnoreCase(text)
                    .or(TXN.DESCRIPTION.containsIgnoreCase(text))
                    .or(TXN.NOTES.containsIgnoreCase(text)));
        }
        var select = dsl.selectFrom(TXN).where(where).orderBy(TXN.TXN_DATE.desc(), TXN.ID.desc());
        if (q.limit() != null) return select.limit(q.limit()).fetch(TransactionRepository::toDomain);
        return select.fetch(TransactionRepository::toDomain);
    }

    public int count() {
        return dsl.fetchCount(TXN);
    }

    public Optional<Transaction> findByProviderId(long accountId, String providerId) {
        return dsl.selectFrom(TXN).where(TXN.ACCOUNT_ID.eq(accountId), TXN.PROVIDER_ID.eq(providerId))
                .fetchOptional().map(TransactionRepository::toDomain);
    }

    /** Every provider id on the account (sync and import keys), for duplicate detection before an import. */
    public Set<String> providerIds(long accountId) {
        return new HashSet<>(dsl.select(TXN.PROVIDER_ID).from(TXN)
                .where(TXN.ACCOUNT_ID.eq(accountId), TXN.PROVIDER_ID.isNotNull())
                .fetch(TXN.PROVIDER_ID));
    }

    /** Deletes every transaction of an import batch (undo of one import); returns how many. */
    public int deleteImportBatch(long batchId) {
        return dsl.deleteFrom(TXN).where(TXN.IMPORT_BATCH_ID.eq(batchId)).execute();
    }

    /** Sets (or clears, with null) the category of one transaction. */
    public void setCategory(long id, Long categoryId) {
        int n = dsl.update(TXN).set(TXN.CATEGORY_ID, categoryId).where(TXN.ID.eq(id)).execute();
        Columns.requireOneRow(n, "transaction", id);
    }

    private static Object[] values(Transaction t) {
        String what = what(t);
        return new Object[] {t.accountId(), t.type().name(), t.date(), Columns.amount(t.amount(), what + " amount"),
                t.amount().currency(), t.instrumentId(), Columns.decimal(t.quantity(), what + " quantity"),
                Columns.decimal(t.price(), what + " price"), Columns.amount(t.fee(), what + " fee"),
                Columns.amount(t.tax(), what + " tax"), t.payee(), t.description(), t.categoryId(), t.notes(),
                t.transferAccountId(), t.providerId(), t.importBatchId()};
    }

    private static TxnRecord toRecord(Transaction t) {
        TxnRecord r = new TxnRecord();
        Object[] values = values(t);
        for (int i = 0; i < values.length; i++) setUnchecked(r, INSERT_FIELDS.get(i), values[i]);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static <T> void setUnchecked(TxnRecord r, Field<T> field, Object value) {
        r.set(field, (T) value);
    }

    private static String what(Transaction t) {
        return "Transaction of " + t.date() + " on account " + t.accountId();
    }

    private static Transaction toDomain(TxnRecord r) {
        String ccy = r.getCurrency();
        return new Transaction(r.getId(), r.getAccountId(), TransactionType.valueOf(r.getTxnType()), r.getTxnDate(),
                Columns.money(r.getAmount(), ccy), r.getInstrumentId(), Columns.read(r.getQuantity()),
                Columns.read(r.getPrice()), Columns.money(r.getFee(), ccy), Columns.money(r.getTax(), ccy),
                r.getPayee(), r.getDescription(), r.getCategoryId(), r.getNotes(), r.getTransferAccountId(),
                r.getProviderId(), r.getImportBatchId());
    }
}
