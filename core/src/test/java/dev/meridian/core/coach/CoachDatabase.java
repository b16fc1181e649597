package dev.meridian.core.coach;

import dev.meridian.core.db.Database;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.CategoryRepository;
import java.nio.file.Path;
import org.jooq.DSLContext;

/** A real, migrated H2 file for coach tests, with helpers to add an account and categories. */
public final class CoachDatabase implements AutoCloseable {

    public final Database db;
    public final DSLContext dsl;

    public CoachDatabase(Path dir) {
        db = Database.openPlain(dir.resolve("coach"));
        dsl = db.dsl();
    }

    public Account account(String name) {
        return new AccountRepository(dsl).insert(new Account(0, name, AccountType.CREDIT_CARD, "USD", null, null, null, null, false, null));
    }

    public Category expense(String name, BudgetGroup group) {
        return new CategoryRepository(dsl).insert(new Category(0, name, null, CategoryKind.EXPENSE, group));
    }

    @Override
    public void close() {
        db.close();
    }
}
