package vn.camau.reform.demo.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.APOLOGY_STEP;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.demo.generator.DemoApologies.Late;
import vn.camau.reform.demo.generator.DemoApologies.Signer;
import vn.camau.reform.security.Role;

/**
 * What the demo's apologies are planned from, read without a user's scope (no one is signed in while
 * the demo loads): the late dossiers, who signs for each unit, the author, the next free ids. The
 * letters are written through {@link vn.camau.reform.apology.ApologyBulkWriter}.
 */
@Repository
public class DemoApologyRepository {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    DemoApologyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean hasApologies() {
        return dsl.fetchExists(APOLOGY);
    }

    /**
     * The dossiers whose due date passed unfinished before {@code today}, in id order, with the unit at
     * fault: the responsible unit, else the handling one.
     */
    public List<Late> lateDossiers(LocalDate today) {
        Field<Long> faultUnit = DSL.coalesce(DOSSIER.RESPONSIBLE_UNIT_ID, DOSSIER.HANDLING_UNIT_ID);
        return dsl.select(DOSSIER.ID, faultUnit, ADMIN_UNIT.UNIT_LEVEL, DOSSIER.CHANNEL,
                        DOSSIER.APPLICANT_EMAIL.isNotNull().and(DOSSIER.APPLICANT_EMAIL.ne("")),
                        DOSSIER.RECEIVED_AT, DOSSIER.DUE_DATE, DOSSIER.FINISHED_AT)
                .from(DOSSIER)
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(faultUnit))
                .where(DOSSIER.UNMET_DUE_DATE.lt(today))
                .orderBy(DOSSIER.ID)
                .fetch(r -> new Late(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    /**
     * Who signs for each unit that has someone to: its leader's account (a chairperson or head of
     * agency, who would sign in the application), else its head among the officers.
     */
    public Map<Long, Signer> signers() {
        Map<Long, Signer> signers = new LinkedHashMap<>();
        dsl.select(APP_USER.UNIT_ID, APP_USER.FULL_NAME, APP_USER.ID)
                .from(APP_USER).join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER_ROLE.ROLE.eq(Role.UNIT_LEADER), APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.ID)
                .forEach(r -> signers.putIfAbsent(r.value1(), new Signer(r.value2(), r.value3())));
        dsl.select(OFFICER.UNIT_ID, OFFICER.FULL_NAME)
                .from(OFFICER)
                .where(OFFICER.POSITION.startsWith("Chủ tịch").or(OFFICER.POSITION.startsWith("Giám đốc")))
                .orderBy(OFFICER.ID)
                .forEach(r -> signers.putIfAbsent(r.value1(), new Signer(r.value2(), null)));
        return signers;
    }

    /** The first administrator, else the first user: the author the demo's letters name. */
    public Optional<Long> author() {
        Optional<Long> admin = dsl.select(DSL.min(APP_USER.ID)).from(APP_USER)
                .join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER_ROLE.ROLE.eq(Role.ADMIN))
                .fetchOptional(0, Long.class);
        return admin.isPresent() ? admin
                : dsl.select(DSL.min(APP_USER.ID)).from(APP_USER).fetchOptional(0, Long.class);
    }

    public long nextApologyId() {
        return dsl.select(DSL.coalesce(DSL.max(APOLOGY.ID), 0L)).from(APOLOGY).fetchOne(0, Long.class) + 1;
    }

    public long nextStepId() {
        return dsl.select(DSL.coalesce(DSL.max(APOLOGY_STEP.ID), 0L)).from(APOLOGY_STEP).fetchOne(0, Long.class) + 1;
    }
}
