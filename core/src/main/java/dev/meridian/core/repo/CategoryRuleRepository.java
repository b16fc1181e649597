package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.CATEGORY_RULE;

import dev.meridian.core.db.generated.tables.records.CategoryRuleRecord;
import dev.meridian.core.domain.CategoryRule;
import dev.meridian.core.domain.RuleField;
import dev.meridian.core.domain.RuleMatch;
import dev.meridian.core.domain.RuleOrigin;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class CategoryRuleRepository {

    private final DSLContext dsl;

    public CategoryRuleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public CategoryRule insert(CategoryRule rule) {
        long id = dsl.insertInto(CATEGORY_RULE).set(toRecord(rule)).returningResult(CATEGORY_RULE.ID).fetchSingle().value1();
        return rule.withId(id);
    }

    public void update(CategoryRule rule) {
        int n = dsl.update(CATEGORY_RULE).set(toRecord(rule)).where(CATEGORY_RULE.ID.eq(rule.id())).execute();
        Columns.requireOneRow(n, "category rule", rule.id());
    }

    public void delete(long id) {
        dsl.deleteFrom(CATEGORY_RULE).where(CATEGORY_RULE.ID.eq(id)).execute();
    }

    public Optional<CategoryRule> find(long id) {
        return dsl.selectFrom(CATEGORY_RULE).where(CATEGORY_RULE.ID.eq(id)).fetchOptional().map(CategoryRuleRepository::toDomain);
    }

    /** In the order rules are tried: highest priority first, then oldest first. */
    public List<CategoryRule> all() {
        return dsl.selectFrom(CATEGORY_RULE).orderBy(CATEGORY_RULE.PRIORITY.desc(), CATEGORY_RULE.ID)
                .fetch(CategoryRuleRepository::toDomain);
    }

    private static CategoryRuleRecord toRecord(CategoryRule r) {
        String what = "Rule '" + r.pattern() + "'";
        return new CategoryRuleRecord()
                .setCategoryId(r.categoryId())
                .setRuleField(r.field().name())
                .setRuleMatch(r.match().name())
                .setPattern(r.pattern())
                .setMinAmount(Columns.decimal(r.minAmount(), what + " minimum amount"))
                .setMaxAmount(Columns.decimal(r.maxAmount(), what + " maximum amount"))
                .setPriority(r.priority())
                .setOrigin(r.origin().name());
    }

    private static CategoryRule toDomain(CategoryRuleRecord r) {
        return new CategoryRule(r.getId(), r.getCategoryId(), RuleField.valueOf(r.getRuleField()), RuleMatch.valueOf(r.getRuleMatch()),
                r.getPattern(), Columns.read(r.getMinAmount()), Columns.read(r.getMaxAmount()), r.getPriority(),
                RuleOrigin.valueOf(r.getOrigin()));
    }
}
