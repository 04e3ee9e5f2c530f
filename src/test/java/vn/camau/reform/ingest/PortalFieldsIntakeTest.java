package vn.camau.reform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.camau.reform.ingest.IntakeApiTest.batch;
import static vn.camau.reform.ingest.IntakeApiTest.dossier;
import static vn.camau.reform.ingest.IntakeApiTest.event;
import static vn.camau.reform.jooq.Tables.API_TOKEN;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.IMPORT_RUN;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.dossier.OnlineLevel;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dossier.query.DirectCountQuery;
import vn.camau.reform.dossier.query.StatQuery;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;
import vn.camau.reform.security.UnitScope;

/**
 * The national-portal facts of issue 20 (online level, electronic result, reuse of digitised data):
 * optional in the intake API and the file import, Vietnamese words accepted, stored, and counted in
 * the summary counters exactly as a direct count of the dossiers.
 */
@AppTest
class PortalFieldsIntakeTest {

    private static final String TOKEN_NAME = "test-intake:portal";
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    JsonMapper json;
    @Autowired
    DirectCountQuery direct;
    @Autowired
    StatQuery stats;
    @Autowired
    ImportService imports;

    @TempDir
    Path dir;

    MockMvc mvc;
    String token;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        testDossiers.reset();
        TestLogins.loginAs(users, "admin");
        token = tokens.issue(TOKEN_NAME, "admin", ApiTokenPurpose.INTAKE).token();
        TestLogins.logout();
    }

    @AfterEach
    void cleanUp() {
        catalogueFullyOnline(false);
        ImportServiceTest.cleanUp(dsl, testDossiers);
        var testTokens = dsl.select(API_TOKEN.ID).from(API_TOKEN).where(API_TOKEN.NAME.eq(TOKEN_NAME));
        dsl.deleteFrom(IMPORT_RUN).where(IMPORT_RUN.TOKEN_ID.in(testTokens)).execute();
        dsl.deleteFrom(API_TOKEN).where(API_TOKEN.NAME.eq(TOKEN_NAME)).execute();
        TestLogins.logout();
    }

    private JsonNode send(String body, int expected) throws Exception {
        var result = mvc.perform(post("/api/v1/intake/dossiers").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is(expected)).andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    private StatTotals counted() {
        return stats.sumByUnit(new UnitScope(1, "/1/"), "/1/9001/", UnitStructure.CURRENT, FROM, TO).values()
                .stream().reduce(StatTotals.ZERO, StatTotals::plus);
    }

    private StatTotals directCount() {
        return direct.sumsByUnit(new UnitScope(1, "/1/"), "/1/9001/", UnitStructure.CURRENT, FROM, TO).values()
                .stream().reduce(StatTotals.ZERO, StatTotals::plus);
    }

    @Test
    void theApiTakesThePortalFactsAndTheCountersFollow() throws Exception {
        String full = dossier("INTAKE-P1", """
                "state": 4, "updatedAt": "2026-03-02T08:05:00+07:00", "onlineLevel": "FULL",
                "resultElectronic": true, "dataReused": true""");
        String partial = dossier("INTAKE-P2", """
                "state": 2, "updatedAt": "2026-03-02T09:00:00+07:00", "onlineLevel": "PARTIAL\"""");
        String unsaid = dossier("INTAKE-P3", """
                "state": 2, "updatedAt": "2026-03-02T09:00:00+07:00\"""");
        send(batch(full + "," + partial + "," + unsaid,
                event("p1", "INTAKE-P1", "2026-03-05T15:00:00+07:00", 9, "Trả kết quả")), 200);

        var p1 = dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq("INTAKE-P1")).fetchSingle();
        assertThat(p1.getOnlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(p1.getResultElectronic()).isTrue();
        assertThat(p1.getDataReused()).isTrue();
        var p3 = dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq("INTAKE-P3")).fetchSingle();
        assertThat(p3.getOnlineLevel()).as("not said: the catalogue's level; the test procedure is not toàn trình")
                .isEqualTo(OnlineLevel.PARTIAL);
        assertThat(p3.getResultElectronic()).isFalse();

        StatTotals counted = counted();
        assertThat(counted.get(StatCounter.ONLINE_ELIGIBLE)).isEqualTo(1);
        assertThat(counted.get(StatCounter.FULLY_ONLINE)).isEqualTo(1);
        assertThat(counted.get(StatCounter.RESULT_ELECTRONIC)).isEqualTo(1);
        assertThat(counted.get(StatCounter.DATA_REUSED)).isEqualTo(1);
        assertThat(counted).isEqualTo(directCount());

        // a later snapshot that takes the facts back moves the counters back
        send(batch(dossier("INTAKE-P1", """
                "state": 4, "updatedAt": "2026-03-06T08:05:00+07:00", "onlineLevel": "PARTIAL\""""), ""), 200);
        assertThat(counted().get(StatCounter.ONLINE_ELIGIBLE)).isZero();
        assertThat(counted().get(StatCounter.RESULT_ELECTRONIC)).isZero();
        assertThat(counted()).isEqualTo(directCount());
    }

    private void catalogueFullyOnline(boolean fullyOnline) {
        dsl.update(CATALOG_PROCEDURE).set(CATALOG_PROCEDURE.FULLY_ONLINE, fullyOnline)
                .where(CATALOG_PROCEDURE.ID.eq(TestDossiers.PROCEDURE)).execute();
    }

    @Test
    void aLevelLeftOutIsTheCataloguesAndCounts() throws Exception {
        catalogueFullyOnline(true);
        send(batch(dossier("INTAKE-P4", """
                "state": 2, "updatedAt": "2026-03-02T09:00:00+07:00\"""") + "," + dossier("INTAKE-P5", """
                "state": 2, "updatedAt": "2026-03-02T09:00:00+07:00", "onlineLevel": "PARTIAL\""""), ""), 200);
        assertThat(dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq("INTAKE-P4")).fetchSingle().getOnlineLevel())
                .as("left out: the catalogue's toàn trình").isEqualTo(OnlineLevel.FULL);
        assertThat(dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq("INTAKE-P5")).fetchSingle().getOnlineLevel())
                .as("said: the sender's word wins over the catalogue").isEqualTo(OnlineLevel.PARTIAL);
        assertThat(counted().get(StatCounter.ONLINE_ELIGIBLE)).isEqualTo(1);
        assertThat(counted().get(StatCounter.FULLY_ONLINE)).as("received online").isEqualTo(1);
        assertThat(counted()).isEqualTo(directCount());

        // a file without the column: each dossier takes its procedure's level too
        Path file = ImportFiles.csv(dir, "test-imp-portal-default.csv", List.of(ImportServiceTest.DOSSIER_HEADER,
                ImportServiceTest.dossier("PF3", "4", "02/03/2026 08:00", "06/03/2026", "")));
        TestLogins.loginAs(users, "admin");
        ImportOutcome outcome = imports.importFile(ImportKind.DOSSIERS, file, "test-imp-portal-default.csv",
                ImportProgress.NONE);
        assertThat(outcome.result()).as(outcome.toString()).isEqualTo(ImportResult.SUCCEEDED);
        assertThat(dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq(ImportServiceTest.PREFIX + "PF3")).fetchSingle()
                .getOnlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(counted().get(StatCounter.ONLINE_ELIGIBLE)).isEqualTo(2);
        assertThat(counted()).isEqualTo(directCount());
    }

    @Test
    void anUnknownOnlineLevelIsRefusedNamingTheAcceptedWords() throws Exception {
        JsonNode refused = send(batch(dossier("INTAKE-P9", """
                "state": 2, "updatedAt": "2026-03-02T09:00:00+07:00", "onlineLevel": "HALF",
                "dataReused": "yes\""""), ""), 400);
        assertThat(IntakeApiTest.errors(refused)).contains("dossiers[0].onlineLevel:notOneOf",
                "dossiers[0].dataReused:notJsonBoolean");
        assertThat(refused.toString()).contains("Toàn trình, Một phần (FULL, PARTIAL)");
        assertThat(dsl.fetchCount(DOSSIER, DOSSIER.CODE.eq("INTAKE-P9"))).isZero();
    }

    @Test
    void aFileTakesThemInVietnamese() throws IOException {
        List<String> header = new ArrayList<>(ImportServiceTest.DOSSIER_HEADER);
        header.addAll(List.of("Mức độ trực tuyến", "Kết quả điện tử", "Tái sử dụng dữ liệu số hóa"));
        List<String> a = new ArrayList<>(ImportServiceTest.dossier("PF1", "9", "02/03/2026 08:00", "06/03/2026",
                "05/03/2026 16:00"));
        a.addAll(List.of("Toàn trình", "có", "có"));
        List<String> b = new ArrayList<>(ImportServiceTest.dossier("PF2", "4", "02/03/2026 08:00", "06/03/2026", ""));
        b.addAll(List.of("một phần", "không", ""));
        Path file = ImportFiles.csv(dir, "test-imp-portal.csv", List.of(header, a, b));
        TestLogins.loginAs(users, "admin");
        ImportOutcome outcome = imports.importFile(ImportKind.DOSSIERS, file, "test-imp-portal.csv",
                ImportProgress.NONE);
        assertThat(outcome.result()).as(outcome.toString()).isEqualTo(ImportResult.SUCCEEDED);
        var pf1 = dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq(ImportServiceTest.PREFIX + "PF1")).fetchSingle();
        assertThat(pf1.getOnlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(pf1.getResultElectronic()).isTrue();
        assertThat(pf1.getDataReused()).isTrue();
        var pf2 = dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq(ImportServiceTest.PREFIX + "PF2")).fetchSingle();
        assertThat(pf2.getOnlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
        assertThat(pf2.getDataReused()).isFalse();
        assertThat(counted()).isEqualTo(directCount());
        assertThat(counted().get(StatCounter.FULLY_ONLINE)).isEqualTo(1);
    }
}
