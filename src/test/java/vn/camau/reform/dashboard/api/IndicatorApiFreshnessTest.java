package vn.camau.reform.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.camau.reform.dossier.TestDossiers.OFFICER_ID;
import static vn.camau.reform.jooq.Tables.API_TOKEN;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.AppTest;
import vn.camau.reform.StatementLog;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierSettings;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.DossierSettingsService;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineIntake;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;
import vn.camau.reform.security.IssuedApiToken;
import vn.camau.reform.security.Role;

/**
 * Issue 18: the indicators API reads the token with its user in one query and, between two writes, nothing
 * else but the running figures' version; the settings, the unit list's check and the "anything withheld
 * from the viewer" check are kept under that version. Here every write commits (no test transaction: only
 * read-only transactions keep anything), and the next request must see it: a revoked token, a disabled
 * user, a role taken away, a new unit, a changed setting, a report about the viewer. Each change is undone.
 */
@AppTest
class IndicatorApiFreshnessTest {

    private static final String TOKEN_NAME = "test-api-freshness";
    private static final String COMMUNE_LEADER = "lanhdao.anxuyen";
    private static final long AN_XUYEN = 100;

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    JsonMapper json;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DossierSettingsService settings;
    @Autowired
    HotlineService hotline;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    Clock clock;
    @Autowired
    DossierWriteService writer;
    @Autowired
    IndicatorReads reads;

    MockMvc mvc;
    Period month;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        month = Period.containing(PeriodKind.MONTH, LocalDate.now(clock));
    }

    @AfterEach
    void tearDown() {
        TestLogins.logout();
        dsl.deleteFrom(API_TOKEN).where(API_TOKEN.NAME.startsWith(TOKEN_NAME)).execute();
    }

    private <T> T asAdmin(Supplier<T> action) {
        TestLogins.loginAs(users, "admin");
        try {
            return action.get();
        } finally {
            TestLogins.logout();
        }
    }

    private IssuedApiToken issue(String username) {
        return asAdmin(() -> tokens.issue(TOKEN_NAME + " " + username, username, ApiTokenPurpose.READ));
    }

    private MockHttpServletRequestBuilder indicators(String unit, IssuedApiToken token) {
        return get("/api/v1/indicators").param("unit", unit).param("from", month.from().toString())
                .param("to", month.to().toString()).header("Authorization", "Bearer " + token.token());
    }

    private int statusOf(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private JsonNode answer(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return json.readTree(response.getContentAsString());
    }

    @Test
    void aRevokedTokenADisabledUserAndARoleTakenAwayAreRefusedOnTheNextRequest() throws Exception {
        IssuedApiToken token = issue(COMMUNE_LEADER);
        assertThat(statusOf(indicators("32002", token))).isEqualTo(200);
        assertThat(statusOf(indicators("32002", token))).as("and again, from what is kept").isEqualTo(200);
        asAdmin(() -> {
            tokens.revoke(token.details().id());
            return null;
        });
        assertThat(statusOf(indicators("32002", token))).isEqualTo(401);

        IssuedApiToken second = issue(COMMUNE_LEADER);
        assertThat(statusOf(indicators("32002", second))).isEqualTo(200);
        try {
            dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.USERNAME.eq(COMMUNE_LEADER)).execute();
            assertThat(statusOf(indicators("32002", second))).isEqualTo(401);
        } finally {
            dsl.update(APP_USER).set(APP_USER.ENABLED, true).where(APP_USER.USERNAME.eq(COMMUNE_LEADER)).execute();
        }
        assertThat(statusOf(indicators("32002", second))).isEqualTo(200);

        long userId = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(COMMUNE_LEADER))
                .fetchSingle(APP_USER.ID);
        List<Role> roles = dsl.select(APP_USER_ROLE.ROLE).from(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(userId))
                .fetch(APP_USER_ROLE.ROLE);
        try {
            dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(userId)).execute();
            dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, userId).set(APP_USER_ROLE.ROLE, Role.OFFICER)
                    .execute();
            assertThat(statusOf(indicators("32002", second))).as("an officer may not read the API").isEqualTo(403);
        } finally {
            dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(userId)).execute();
            roles.forEach(r -> dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, userId)
                    .set(APP_USER_ROLE.ROLE, r).execute());
        }
        assertThat(statusOf(indicators("32002", second))).isEqualTo(200);
    }

    @Test
    void theProvincesKeptFiguresNeverReachACommuneLeader() throws Exception {
        IssuedApiToken province = issue("lanhdao.tinh");
        IssuedApiToken commune = issue(COMMUNE_LEADER);
        JsonNode wholeProvince = answer(indicators("96", province));
        JsonNode anXuyenForTheProvince = answer(indicators("32002", province));
        assertThat(wholeProvince.get("children").size()).isGreaterThan(1);

        mvc.perform(indicators("96", commune)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("out_of_scope"));
        JsonNode own = answer(indicators("32002", commune));
        mvc.perform(get("/api/v1/indicators").param("from", month.from().toString())
                        .param("to", month.to().toString()).header("Authorization", "Bearer " + commune.token()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unit.code").value("32002"));
        assertThat(own.get("unit").get("code").asString()).isEqualTo("32002");
        for (JsonNode child : own.get("children")) {
            assertThat(child.get("unit").get("code").asString()).as("only An Xuyên and what counts under it")
                    .isIn(childCodes(anXuyenForTheProvince));
        }
        assertThat(own.get("total").get("received").asLong())
                .isEqualTo(anXuyenForTheProvince.get("total").get("received").asLong());
    }

    private static List<String> childCodes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.get("children").forEach(c -> codes.add(c.get("unit").get("code").asString()));
        return codes;
    }

    @Test
    void aUnitAddedOrRemovedIsAnsweredOnTheNextRequest() throws Exception {
        IssuedApiToken province = issue("lanhdao.tinh");
        testDossiers.removeAll();
        try {
            assertThat(statusOf(indicators("96", province))).isEqualTo(200);
            mvc.perform(indicators("96.TEST", province)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("unknown_unit"));
            TestDossiers.ensureReferenceData(dsl);
            answer(indicators("96.TEST", province));
            assertThat(childCodes(answer(indicators("96", province)))).contains("96.TEST");
        } finally {
            testDossiers.removeAll();
        }
        mvc.perform(indicators("96.TEST", province)).andExpect(status().isBadRequest());
        assertThat(childCodes(answer(indicators("96", province)))).doesNotContain("96.TEST");
    }

    /** As a request reads them: in a read-only transaction, where they are kept. */
    private DossierSettings readOnlySettings() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return readOnly.execute(s -> settings.current());
    }

    @Test
    void aChangedSettingIsReadOnTheNextRequest() {
        DossierSettings before = readOnlySettings();
        assertThat(readOnlySettings()).isEqualTo(before);
        int changed = before.dueSoonWorkingDays() == 3 ? 4 : 3;
        try {
            asAdmin(() -> settings.save(new DossierSettings(changed, before.supplementRule())));
            assertThat(readOnlySettings().dueSoonWorkingDays()).isEqualTo(changed);
        } finally {
            asAdmin(() -> settings.save(before));
        }
        assertThat(readOnlySettings()).isEqualTo(before);
    }

    @Test
    void aReportAboutTheViewerIsWithheldFromTheNextRequest() throws Exception {
        IssuedApiToken leader = issue(COMMUNE_LEADER);
        IssuedApiToken province = issue("lanhdao.tinh");
        long leaderId = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(COMMUNE_LEADER))
                .fetchSingle(APP_USER.ID);
        testDossiers.reset();
        try {
            long leaderBefore = hotlineReceived(answer(indicators("32002", leader)));
            long provinceBefore = hotlineReceived(answer(indicators("32002", province)));
            assertThat(hotlineReceived(answer(indicators("32002", leader)))).as("kept").isEqualTo(leaderBefore);
            dsl.insertInto(OFFICER).set(OFFICER.ID, OFFICER_ID).set(OFFICER.CODE, "TEST-CB-1")
                    .set(OFFICER.FULL_NAME, "Trần Thị An Xuyên").set(OFFICER.SEARCH_NAME, "tran thi an xuyen")
                    .set(OFFICER.UNIT_ID, AN_XUYEN).set(OFFICER.POSITION, "Chủ tịch").set(OFFICER.USER_ID, leaderId)
                    .onDuplicateKeyUpdate().set(OFFICER.USER_ID, leaderId).execute();
            TestLogins.loginAs(users, "thanhtra");
            hotline.intake(new HotlineIntake(HotlineChannel.ZALO, LocalDateTime.now(clock), false, "Lý Văn Tư",
                    "0987654321", null, HotlineCategory.ATTITUDE, AN_XUYEN, OFFICER_ID, null,
                    "Chủ tịch phường gây khó dễ khi ký xác nhận", List.of()));
            TestLogins.logout();

            assertThat(hotlineReceived(answer(indicators("32002", province)))).isEqualTo(provinceBefore + 1);
            assertThat(hotlineReceived(answer(indicators("32002", leader))))
                    .as("the report about the leader is not counted for them").isEqualTo(leaderBefore);
        } finally {
            testDossiers.removeAll();
        }
    }

    private static long hotlineReceived(JsonNode answer) {
        return answer.get("total").get("hotlineReceived").asLong();
    }

    @Test
    void aDossierWrittenIsCountedOnTheNextRequestAndTheJsonIsJacksonsOwn() throws Exception {
        IssuedApiToken province = issue("lanhdao.tinh");
        testDossiers.reset();
        try {
            String before = body(indicators("96", province));
            assertThat(body(indicators("96", province))).as("the same figures, the same JSON").isEqualTo(before);
            LocalDate today = LocalDate.now(clock);
            asAdmin(() -> writer.save(TestDossiers.dossier("T-API-FRESH", TestDossiers.AGENCY, today,
                    today.plusDays(14), null, DossierState.PROCESSING, Channel.ONLINE, 0)));
            String after = body(indicators("96", province));
            assertThat(received(json.readTree(after))).isEqualTo(received(json.readTree(before)) + 1);

            TestLogins.loginAs(users, "lanhdao.tinh");
            IndicatorReads.Answer answer = reads.indicators("96", UnitStructure.CURRENT, null, month);
            assertThat(after).as("what Jackson writes for the same answer now").isEqualTo(json.writeValueAsString(
                    IndicatorsResponse.of(answer.breakdown(), answer.children(), answer.asOf())));
        } finally {
            TestLogins.logout();
            testDossiers.removeAll();
        }
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/json");
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long received(JsonNode answer) {
        return answer.get("total").get("received").asLong();
    }

    @Test
    void betweenTwoWritesARequestReadsTheTokenWithItsUserTheVersionsAndTheUnitListsCheckOnly() throws Exception {
        IssuedApiToken province = issue("lanhdao.tinh");
        answer(indicators("32002", province)); // touches the token, computes and keeps the figures
        List<String> statements;
        try (StatementLog log = StatementLog.of(dsl)) {
            // another test's or job's write in between would make a request read more: three tries
            for (int i = 0; i < 3; i++) {
                log.clear();
                answer(indicators("32002", province));
                if (log.statements().size() <= 3) {
                    break;
                }
            }
            statements = log.statements();
        }
        // the token with its user; the version counters; and the unit list's check (count and highest id),
        // which stays on every request: a unit written around the application (a migration run by another
        // node, a database administrator) raises no version, and must be seen on the next request all the same
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).contains("`api_token`").contains("`app_user_role`");
        assertThat(statements.subList(1, 3)).anySatisfy(sql -> assertThat(sql).contains("`change_version`"))
                .anySatisfy(sql -> assertThat(sql).contains("`admin_unit`").contains("max("));
    }
}
