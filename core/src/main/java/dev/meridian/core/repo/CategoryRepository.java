package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.CATEGORY;
import static dev.meridian.core.db.generated.Tables.TXN;

import dev.meridian.core.db.generated.tables.records.CategoryRecord;
import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Spending and income categories; names are unique. */
public final class CategoryRepository {

    private final DSLContext dsl;

    public CategoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Category insert(Category category) {
        long id = dsl.insertInto(CATEGORY).set(toRecord(category)).returningResult(CATEGORY.ID).fetchSingle().value1();
        return category.withId(id);
    }

    public void update(Category category) {
        int n = dsl.update(CATEGORY).set(toRecord(category)).where(CATEGORY.ID.eq(category.id())).execute();
        Columns.requireOneRow(n, "category", category.id());
    }

    /** Deletes the category; its transactions become uncategorised, its rules and budgets go with it. */
    public void delete(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            tx.update(TXN).set(TXN.CATEGORY_ID, (Long) null).where(TXN.CATEGORY_ID.eq(id)).execute();
            tx.update(CATEGORY).set(CATEGORY.PARENT_ID, (Long) null).where(CATEGORY.PARENT_ID.eq(id)).execute();
            tx.deleteFrom(CATEGORY).where(CATEGORY.ID.eq(id)).execute();
        });
    }

    public Optional<Category> find(long id) {
        return dsl.selectFrom(CATEGORY).where(CATEGORY.ID.eq(id)).fetchOptional().map(CategoryRepository::toDomain);
    }

    public Optional<Category> findByName(String name) {
        return dsl.selectFrom(CATEGORY).where(CATEGORY.NAME.eq(name)).fetchOptional().map(CategoryRepository::toDomain);
    }

    public List<Category> all() {
        return dsl.selectFrom(CATEGORY).orderBy(CATEGORY.NAME).fetch(CategoryRepository::toDomain);
    }

    private static CategoryRecord toRecord(Category c) {
        return new CategoryRecord()
                .setName(c.name())
                .setParentId(c.parentId())
                .setKind(c.kind().name())
                .setBudgetGroup(Columns.name(c.group()));
    }

    private static Category toDomain(CategoryRecord r) {
        return new Category(r.getId(), r.getName(), r.getParentId(), CategoryKind.valueOf(r.getKind()),
                Columns.enumOf(BudgetGroup.class, r.getBudgetGroup()));
    }
}
