package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.CATEGORY_CORRECTION;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** The user's re-categorisations, kept so that a consistent pattern can become a learned rule. */
public final class CategoryCorrectionRepository {

    /** One re-categorisation: transaction {@code transactionId} of payee {@code payee} moved to {@code toCategoryId}. */
    public record Correction(long id, String payeeKey, String payee, long transactionId, long toCategoryId, Instant at) {}

    private final DSLContext dsl;

    public CategoryCorrectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Correction insert(Correction c) {
        long id = dsl.insertInto(CATEGORY_CORRECTION)
                .set(CATEGORY_CORRECTION.PAYEE_KEY, c.payeeKey())
                .set(CATEGORY_CORRECTION.PAYEE, c.payee())
                .set(CATEGORY_CORRECTION.TRANSACTION_ID, c.transactionId())
                .set(CATEGORY_CORRECTION.TO_CATEGORY_ID, c.toCategoryId())
                .set(CATEGORY_CORRECTION.CORRECTED_AT, Columns.timestamp(c.at()))
                .returningResult(CATEGORY_CORRECTION.ID).fetchSingle().value1();
        return new Correction(id, c.payeeKey(), c.payee(), c.transactionId(), c.toCategoryId(), c.at());
    }

    /** The latest corrections of one payee, newest first. */
    public List<Correction> latest(String payeeKey, int limit) {
        return dsl.selectFrom(CATEGORY_CORRECTION).where(CATEGORY_CORRECTION.PAYEE_KEY.eq(payeeKey))
                .orderBy(CATEGORY_CORRECTION.ID.desc()).limit(limit)
                .fetch(r -> new Correction(r.getId(), r.getPayeeKey(), r.getPayee(), r.getTransactionId(), r.getToCategoryId(),
                        Columns.instant(r.getCorrectedAt())));
    }
}
