package vn.camau.reform.base.repository;

import static vn.camau.reform.jooq.Tables.APP_SETTING;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Named settings that administrators change at run time (rules DOMAIN leaves open). */
@Repository
public class SettingRepository {

    private final DSLContext dsl;

    SettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> find(String name) {
        return dsl.select(APP_SETTING.VALUE).from(APP_SETTING).where(APP_SETTING.NAME.eq(name))
                .fetchOptional(APP_SETTING.VALUE);
    }

    /** Several settings in one read, by name; a name without a row is absent from the map. */
    public Map<String, String> find(Collection<String> names) {
        return dsl.select(APP_SETTING.NAME, APP_SETTING.VALUE).from(APP_SETTING).where(APP_SETTING.NAME.in(names))
                .fetchMap(APP_SETTING.NAME, APP_SETTING.VALUE);
    }

    public void save(String name, String value, String username) {
        dsl.insertInto(APP_SETTING)
                .set(APP_SETTING.NAME, name).set(APP_SETTING.VALUE, value)
                .set(APP_SETTING.UPDATED_BY, username).set(APP_SETTING.UPDATED_AT, LocalDateTime.now())
                .onDuplicateKeyUpdate()
                .set(APP_SETTING.VALUE, value)
                .set(APP_SETTING.UPDATED_BY, username).set(APP_SETTING.UPDATED_AT, LocalDateTime.now())
                .execute();
    }
}
