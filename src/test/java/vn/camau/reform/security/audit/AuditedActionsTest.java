package vn.camau.reform.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.jooq.Tables.API_TOKEN;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.HOTLINE_REVEAL;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.apology.ApologySettings;
import vn.camau.reform.calendar.CalendarDay;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.Confidence;
import vn.camau.reform.calendar.DayKind;
import vn.camau.reform.dossier.DossierSettings;
import vn.camau.reform.dossier.DossierSettingsService;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineIntake;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.hotline.HotlineSettings;
import vn.camau.reform.jooq.tables.records.AuditEntryRecord;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;
import vn.camau.reform.security.AppUserPrincipal;
import vn.camau.reform.security.IssuedApiToken;

/**
 * Each audited action of the features leaves exactly one entry, with the signed-in actor, the
 * request's client address, the object, its unit and the change as data; an action that changes
 * nothing leaves none.
 */
@AppTest
@Transactional // the trail joins the action's transaction, so each test's entries and changes roll back
class AuditedActionsTest {

    private static final String IP = "10.88.0.7";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AuditEntries entries;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    HotlineService hotline;
    @Autowired
    HotlineSettings hotlineSettings;
    @Autowired
    DossierSettingsService dossierSettings;
    @Autowired
    ApologySettings apologySettings;
    @Autowired
    CalendarService calendar;
    @Autowired
    Clock clock;

    long mark;

    @BeforeEach
    void setUp() {
        AuditEntries.requestFrom(IP);
        mark = entries.mark();
    }

    @AfterEach
    void tearDown() {
        AuditEntries.noRequest();
        TestLogins.logout();
    }

    private long login(String username) {
        TestLogins.loginAs(users, username);
        return id(username);
    }

    private long id(String username) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(APP_USER.ID);
    }

    private long unitOf(String username) {
        return ((AppUserPrincipal) users.loadUserByUsername(username)).user().unitId();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return text == null ? Map.of() : JSON.readValue(text, Map.class);
    }

    private static void byAdminFromTheRequest(AuditEntryRecord e, long adminId) {
        assertThat(e.getActorId()).isEqualTo(adminId);
        assertThat(e.getActorName()).isEqualTo("admin");
        assertThat(e.getClientIp()).isEqualTo(IP);
        assertThat(e.getOccurredAt()).isNotNull();
    }

    @Test
    void issuingAndRevokingATokenAreOneEntryEachUnderTheOwnersUnit() {
        long admin = login("admin");
        IssuedApiToken issued = tokens.issue("test-audit: cổng một cửa", "thanhtra", ApiTokenPurpose.READ);
        long tokenId = issued.details().id();

        AuditEntryRecord e = entries.only(mark, AuditAction.API_TOKEN_ISSUED);
        byAdminFromTheRequest(e, admin);
        assertThat(e.getObjectType()).isEqualTo("API_TOKEN");
        assertThat(e.getObjectId()).isEqualTo(String.valueOf(tokenId));
        assertThat(e.getUnitId()).isEqualTo(unitOf("thanhtra"));
        assertThat(json(e.getAfterState())).containsEntry("name", "test-audit: cổng một cửa")
                .containsEntry("owner", "thanhtra").containsEntry("purpose", "READ");
        // never the secret
        assertThat(e.getAfterState()).doesNotContain(issued.token());

        tokens.revoke(tokenId);
        tokens.revoke(tokenId);
        AuditEntryRecord r = entries.only(mark, AuditAction.API_TOKEN_REVOKED);
        byAdminFromTheRequest(r, admin);
        assertThat(r.getObjectId()).isEqualTo(String.valueOf(tokenId));
        assertThat(json(r.getBeforeState())).containsEntry("revoked", false);
        assertThat(json(r.getAfterState())).containsEntry("revoked", true);
    }

    @Test
    void aRevealIsOneEntryWithThePurposeAndNeverTheIdentity() {
        TestDossiers.ensureReferenceData(dsl);
        long inspector = login("thanhtra");
        long id = hotline.intake(new HotlineIntake(HotlineChannel.PHONE, LocalDateTime.now(clock), false,
                "Trần Thị Bích Ngọc", "0912345678", "ngoc.tran@example.vn", HotlineCategory.ATTITUDE, AGENCY,
                null, null, "Cán bộ gây phiền hà", List.of()));
        hotline.assign(id, hotline.find(id).orElseThrow().version(), null, inspector, "Xác minh");
        mark = entries.mark();

        hotline.revealReporter(id, "Gọi lại để xác minh");

        AuditEntryRecord e = entries.only(mark, AuditAction.REPORTER_REVEALED);
        assertThat(e.getActorId()).isEqualTo(inspector);
        assertThat(e.getClientIp()).isEqualTo(IP);
        assertThat(e.getObjectType()).isEqualTo("HOTLINE_REPORT");
        assertThat(e.getObjectId()).isEqualTo(String.valueOf(id));
        assertThat(e.getUnitId()).isEqualTo(AGENCY);
        assertThat(json(e.getAfterState())).containsEntry("purpose", "Gọi lại để xác minh")
                .containsKey("code");
        assertThat(e.formatJSON()).doesNotContain("Ngọc", "0912345678", "ngoc.tran");
        // the hotline keeps its own log of reveals, which the report's timeline reads
        assertThat(dsl.fetchCount(HOTLINE_REVEAL, HOTLINE_REVEAL.REPORT_ID.eq(id))).isEqualTo(1);
    }

    @Test
    void aTimingSettingsChangeIsOneEntryWithOnlyTheChangedValues() {
        long admin = login("admin");
        DossierSettings was = dossierSettings.current();
        int other = was.dueSoonWorkingDays() == 2 ? 3 : 2;
        try {
            dossierSettings.save(new DossierSettings(other, was.supplementRule()));
            AuditEntryRecord e = entries.only(mark, AuditAction.SETTING_CHANGED);
            byAdminFromTheRequest(e, admin);
            assertThat(e.getObjectType()).isEqualTo("SETTING");
            assertThat(e.getUnitId()).isEqualTo(unitOf("admin"));
            assertThat(json(e.getBeforeState())).isEqualTo(Map.of(DossierSettings.DUE_SOON, was.dueSoonWorkingDays()));
            assertThat(json(e.getAfterState())).isEqualTo(Map.of(DossierSettings.DUE_SOON, other));

            long unchanged = entries.mark();
            dossierSettings.save(new DossierSettings(other, was.supplementRule()));
            assertThat(entries.since(unchanged)).isEmpty();
        } finally {
            dossierSettings.save(was);
        }
    }

    @Test
    void theApologyLeadTimeChangeIsOneEntry() {
        long admin = login("admin");
        int was = apologySettings.leadWorkingDays();
        int other = was == 2 ? 3 : 2;
        try {
            apologySettings.saveLeadWorkingDays(other);
            AuditEntryRecord e = entries.only(mark, AuditAction.SETTING_CHANGED);
            byAdminFromTheRequest(e, admin);
            assertThat(json(e.getBeforeState())).isEqualTo(Map.of(ApologySettings.LEAD_WORKING_DAYS, was));
            assertThat(json(e.getAfterState())).isEqualTo(Map.of(ApologySettings.LEAD_WORKING_DAYS, other));
        } finally {
            apologySettings.saveLeadWorkingDays(was);
        }
    }

    @Test
    void theHotlineSettingsChangeIsOneEntryNamingEachChangedValue() {
        long admin = login("admin");
        Map<HotlineCategory, Integer> was = new EnumMap<>(hotlineSettings.deadlines());
        int duplicateDays = hotlineSettings.duplicateDays();
        Map<HotlineCategory, Integer> changed = new EnumMap<>(was);
        changed.put(HotlineCategory.FACILITIES, was.get(HotlineCategory.FACILITIES) + 1);
        try {
            hotlineSettings.save(changed, duplicateDays);
            AuditEntryRecord e = entries.only(mark, AuditAction.SETTING_CHANGED);
            byAdminFromTheRequest(e, admin);
            String key = HotlineSettings.DEADLINE_PREFIX + "FACILITIES";
            assertThat(json(e.getBeforeState())).isEqualTo(Map.of(key, was.get(HotlineCategory.FACILITIES)));
            assertThat(json(e.getAfterState())).isEqualTo(Map.of(key, was.get(HotlineCategory.FACILITIES) + 1));
        } finally {
            hotlineSettings.save(was, duplicateDays);
        }
    }

    @Test
    void addingChangingAndRemovingAHolidayAreOneEntryEach() {
        long admin = login("admin");
        LocalDate day = LocalDate.of(2031, 3, 4);
        calendar.delete(day);
        mark = entries.mark();
        try {
            calendar.save(new CalendarDay(day, DayKind.DAY_OFF, "Ngày nghỉ thử", Confidence.HIGH));
            AuditEntryRecord added = entries.only(mark, AuditAction.HOLIDAY_CHANGED);
            byAdminFromTheRequest(added, admin);
            assertThat(added.getObjectType()).isEqualTo("CALENDAR_DAY");
            assertThat(added.getObjectId()).isEqualTo("2031-03-04");
            assertThat(added.getBeforeState()).isNull();
            assertThat(json(added.getAfterState())).isEqualTo(
                    Map.of("kind", "DAY_OFF", "name", "Ngày nghỉ thử", "confidence", "HIGH"));

            long renamed = entries.mark();
            calendar.save(new CalendarDay(day, DayKind.DAY_OFF, "Ngày nghỉ bù", Confidence.HIGH));
            AuditEntryRecord changed = entries.only(renamed, AuditAction.HOLIDAY_CHANGED);
            assertThat(json(changed.getBeforeState())).containsEntry("name", "Ngày nghỉ thử");
            assertThat(json(changed.getAfterState())).containsEntry("name", "Ngày nghỉ bù");

            long removed = entries.mark();
            calendar.delete(day);
            AuditEntryRecord deleted = entries.only(removed, AuditAction.HOLIDAY_CHANGED);
            assertThat(json(deleted.getBeforeState())).containsEntry("name", "Ngày nghỉ bù");
            assertThat(deleted.getAfterState()).isNull();
        } finally {
            calendar.delete(day);
        }
    }
}
