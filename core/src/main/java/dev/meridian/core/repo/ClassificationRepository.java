package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.CLASSIFICATION;
import static dev.meridian.core.db.generated.Tables.CLASSIFICATION_ASSIGNMENT;

import dev.meridian.core.domain.Classification;
import dev.meridian.core.domain.ClassificationAssignment;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** User-defined allocation dimensions and each instrument's weights across their labels. */
public final class ClassificationRepository {

    private final DSLContext dsl;

    public ClassificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Classification insert(Classification c) {
        long id = dsl.insertInto(CLASSIFICATION).set(CLASSIFICATION.NAME, c.name()).returningResult(CLASSIFICATION.ID).fetchSingle().value1();
        return c.withId(id);
    }

    public void rename(long id, String name) {
        int n = dsl.update(CLASSIFICATION).set(CLASSIFICATION.NAME, name).where(CLASSIFICATION.ID.eq(id)).execute();
        Columns.requireOneRow(n, "classification", id);
    }

    /** Deletes the classification with all its assignments. */
    public void delete(long id) {
        dsl.deleteFrom(CLASSIFICATION).where(CLASSIFICATION.ID.eq(id)).execute();
    }

    public Optional<Classification> find(long id) {
        return dsl.selectFrom(CLASSIFICATION).where(CLASSIFICATION.ID.eq(id)).fetchOptional().map(r -> new Classification(r.getId(), r.getName()));
    }

    public List<Classification> all() {
        return dsl.selectFrom(CLASSIFICATION).orderBy(CLASSIFICATION.NAME).fetch(r -> new Classification(r.getId(), r.getName()));
    }

    /** Inserts or replaces the weight of one label for one instrument. */
    public void assign(ClassificationAssignment a) {
        var weight = Columns.decimal(a.weight(), "Weight of '" + a.label() + "'");
        dsl.mergeInto(CLASSIFICATION_ASSIGNMENT).using(dsl.selectOne())
                .on(CLASSIFICATION_ASSIGNMENT.CLASSIFICATION_ID.eq(a.classificationId()),
                        CLASSIFICATION_ASSIGNMENT.INSTRUMENT_ID.eq(a.instrumentId()), CLASSIFICATION_ASSIGNMENT.LABEL.eq(a.label()))
                .whenMatchedThenUpdate().set(CLASSIFICATION_ASSIGNMENT.WEIGHT, weight)
                .whenNotMatchedThenInsert(CLASSIFICATION_ASSIGNMENT.CLASSIFICATION_ID, CLASSIFICATION_ASSIGNMENT.INSTRUMENT_ID,
                        CLASSIFICATION_ASSIGNMENT.LABEL, CLASSIFICATION_ASSIGNMENT.WEIGHT)
                .values(a.classificationId(), a.instrumentId(), a.label(), weight)
                .execute();
    }

    public void unassign(long classificationId, long instrumentId, String label) {
        dsl.deleteFrom(CLASSIFICATION_ASSIGNMENT).where(CLASSIFICATION_ASSIGNMENT.CLASSIFICATION_ID.eq(classificationId),
                CLASSIFICATION_ASSIGNMENT.INSTRUMENT_ID.eq(instrumentId), CLASSIFICATION_ASSIGNMENT.LABEL.eq(label)).execute();
    }

    /** Ordered by instrument, then label. */
    public List<ClassificationAssignment> assignments(long classificationId) {
        return dsl.selectFrom(CLASSIFICATION_ASSIGNMENT).where(CLASSIFICATION_ASSIGNMENT.CLASSIFICATION_ID.eq(classificationId))
                .orderBy(CLASSIFICATION_ASSIGNMENT.INSTRUMENT_ID, CLASSIFICATION_ASSIGNMENT.LABEL)
                .fetch(r -> new ClassificationAssignment(r.getClassificationId(), r.getInstrumentId(), r.getLabel(), Columns.read(r.getWeight())));
    }
}
