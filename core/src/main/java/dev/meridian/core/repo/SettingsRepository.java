package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.SETTING;

import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/** Key/value settings of the vault (theme, auto-lock minutes, ...). Never holds secrets. */
public final class SettingsRepository {

    private final DSLContext dsl;

    public SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(key)).fetchOptional(SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value of setting " + key);
        dsl.mergeInto(SETTING).using(dsl.selectOne())
                .on(SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }

    public void remove(String key) {
        dsl.deleteFrom(SETTING).where(SETTING.SETTING_KEY.eq(key)).execute();
    }
}
