package vn.camau.reform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.camau.reform.ingest.IntakeApiTest.batch;
import static vn.camau.reform.ingest.IntakeApiTest.event;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.API_TOKEN;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.IMPORT_RUN;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.net.URI;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;

/**
 * What a careless (or hostile) one-stop system sends, each refused whole with the field named and
 * nothing stored: people and units outside the token's scope, dates no dossier has, characters no
 * name holds, a key twice, a media type nobody can read.
 */
@AppTest
class IntakeHardeningTest {

    private static final String TOKENS = "test-hardening:";
    private static final String URL = "/api/v1/intake/dossiers";
    private static final String AGENCY_OFFICER = "T-HARD-OFF";

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

    MockMvc mvc;
    String province;
    String commune;
    String anXuyenOfficer;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        testDossiers.reset();
        dsl.insertInto(OFFICER).set(OFFICER.ID, TestDossiers.OFFICER_ID).set(OFFICER.CODE, AGENCY_OFFICER)
                .set(OFFICER.FULL_NAME, "Cán bộ Sở Thử nghiệm").set(OFFICER.SEARCH_NAME, "can bo so thu nghiem")
                .set(OFFICER.UNIT_ID, TestDossiers.AGENCY).set(OFFICER.POSITION, "Chuyên viên")
                .onDuplicateKeyIgnore().execute();
        anXuyenOfficer = dsl.select(OFFICER.CODE).from(OFFICER).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .where(ADMIN_UNIT.CODE.eq("32002"), ADMIN_UNIT.VALID_TO.isNull()).orderBy(OFFICER.ID).limit(1)
                .fetchSingle(OFFICER.CODE);
        province = issue("admin");
        commune = issue("lanhdao.anxuyen");
    }

    // explicit cleanup: a batch opens its own READ COMMITTED transaction and the rate buckets are written outside any (NOT_SUPPORTED)
    @AfterEach
    void cleanUp() {
        testDossiers.removeAll();
        var ours = dsl.select(API_TOKEN.ID).from(API_TOKEN).where(API_TOKEN.NAME.startsWith(TOKENS));
        dsl.deleteFrom(IMPORT_RUN).where(IMPORT_RUN.TOKEN_ID.in(ours)).execute();
        dsl.deleteFrom(API_TOKEN).where(API_TOKEN.NAME.startsWith(TOKENS)).execute();
    }

    private String issue(String username) {
        TestLogins.loginAs(users, "admin");
        try {
            return tokens.issue(TOKENS + username, username, ApiTokenPurpose.INTAKE).token();
        } finally {
            TestLogins.logout();
        }
    }

    private ResultActions send(String body, String bearer) throws Exception {
        return mvc.perform(post(URL).header("Authorization", "Bearer " + bearer)
                .contentType("application/json").content(body));
    }

    /** Refused with exactly these errors (list[index].field:code), and no HARD- dossier stored. */
    private void refused(String body, String bearer, String... expected) throws Exception {
        ResultActions result = send(body, bearer).andExpect(status().isBadRequest());
        JsonNode answer = json.readTree(result.andReturn().getResponse().getContentAsString());
        assertThat(IntakeApiTest.errors(answer)).containsExactlyInAnyOrder(expected);
        assertThat(dsl.fetchCount(DOSSIER, DOSSIER.CODE.startsWith("HARD-"))).as("nothing stored").isZero();
    }

    /** A dossier of Phường An Xuyên (a commune token's own), received 2 March 2026, with fields on top. */
    private static String anXuyen(String code, String extra) {
        return """
                {"code": "%s", "procedureCode": "9.999999", "receivingUnitCode": "32002",
                 "handlingUnitCode": "32002", "channel": "ONLINE", "state": 4,
                 "receivedAt": "2026-03-02T08:00:00+07:00", "appointmentDate": "2026-03-06",
                 "applicantName": "Nguyễn Văn Thử", "updatedAt": "2026-03-02T08:05:00+07:00"%s}
                """.formatted(code, extra.isEmpty() ? "" : ", " + extra);
    }

    @Test
    void aCommuneSystemMayNameOnlyItsOwnOfficersAndUnits() throws Exception {
        refused(batch(anXuyen("HARD-1", "\"handlingOfficerCode\": \"" + AGENCY_OFFICER + "\""), ""), commune,
                "dossiers[0].handlingOfficerCode:officerOutOfScope");
        refused(batch(anXuyen("HARD-1", ""), event("h1", "HARD-1", "2026-03-03T09:00:00+07:00", 4, "Thẩm định")),
                commune, "events[0].unitCode:unitOutOfScope");
        refused(batch(anXuyen("HARD-1", ""), """
                {"eventId": "h1", "dossierCode": "HARD-1", "eventAt": "2026-03-03T09:00:00+07:00", "state": 4,
                 "stepName": "Thẩm định", "unitCode": "32002", "officerCode": "%s"}""".formatted(AGENCY_OFFICER)),
                commune, "events[0].officerCode:officerOutOfScope");
        // its own officer and unit are fine, and the province's token may name anyone
        send(batch(anXuyen("HARD-1", "\"handlingOfficerCode\": \"" + anXuyenOfficer + "\""), """
                {"eventId": "h1", "dossierCode": "HARD-1", "eventAt": "2026-03-03T09:00:00+07:00", "state": 4,
                 "stepName": "Thẩm định", "unitCode": "32002", "officerCode": "%s"}""".formatted(anXuyenOfficer)),
                commune).andExpect(status().isOk());
        send(batch(anXuyen("HARD-2", "\"handlingOfficerCode\": \"" + AGENCY_OFFICER + "\""), ""), province)
                .andExpect(status().isOk());
    }

    @Test
    void datesNoDossierHasAreRefused() throws Exception {
        refused(batch(anXuyen("HARD-1", "").replace("2026-03-02T08:00:00+07:00", "0001-01-01T00:00:00"), ""),
                province, "dossiers[0].receivedAt:beforeReports");
        refused(batch(anXuyen("HARD-1", "").replace("\"2026-03-06\"", "\"9999-12-31\""), ""), province,
                "dossiers[0].appointmentDate:tooFarAfterReceipt");
        refused(batch(anXuyen("HARD-1", "\"state\": 10, \"resolvedAt\": \"2026-03-01T08:00:00+07:00\","
                        + " \"returnedAt\": \"2026-03-03T08:00:00+07:00\"").replace("\"state\": 4,", ""), ""),
                province, "dossiers[0].resolvedAt:beforeReceived");
        refused(batch(anXuyen("HARD-1", ""), event("h1", "HARD-1", "2026-02-27T09:00:00+07:00", 4, "Thẩm định")
                        .replace("96.TEST", "32002")),
                province, "events[0].eventAt:beforeReceived");
        refused(batch(anXuyen("HARD-1", ""), """
                {"eventId": "h1", "dossierCode": "HARD-1", "eventAt": "2026-03-03T09:00:00+07:00", "state": 4,
                 "stepName": "Thẩm định", "unitCode": "32002", "stepDueDate": "9999-12-31"}"""),
                province, "events[0].stepDueDate:tooFarAfterReceipt");
    }

    @Test
    void controlCharactersBidiOverridesAndHalfSurrogatesAreRefused() throws Exception {
        refused(batch(anXuyen("HARD-\\u00001", ""), ""), province, "dossiers[0].code:badCharacter");
        refused(batch(anXuyen("HARD-\\ud8001", ""), ""), province, "dossiers[0].code:badCharacter");
        refused(batch(anXuyen("HARD 1", ""), ""), province, "dossiers[0].code:badCodeCharacter");
        refused(batch(anXuyen("HARD-Thử", ""), ""), province, "dossiers[0].code:badCodeCharacter");
        refused(batch(anXuyen("HARD-1", "").replace("Nguyễn Văn Thử", "Nguyễn\\u001b[31m Văn"), ""), province,
                "dossiers[0].applicantName:badCharacter");
        refused(batch(anXuyen("HARD-1", "").replace("Nguyễn Văn Thử", "\\u202eửhT năV"), ""), province,
                "dossiers[0].applicantName:badCharacter");
        refused(batch(anXuyen("HARD-1", "").replace("Nguyễn Văn Thử", "Nguyễn \\udc00"), ""), province,
                "dossiers[0].applicantName:badCharacter");
        refused(batch(anXuyen("HARD-1", ""), event("h\\u0000", "HARD-1", "2026-03-03T09:00:00+07:00", 4, "Thẩm định")
                .replace("96.TEST", "32002")), province, "events[0].eventId:badCharacter");
        // a note may run over several lines; a name written decomposed is stored composed
        send(batch(anXuyen("HARD-1", "").replace("Nguyễn Văn Thử",
                        java.text.Normalizer.normalize("Nguyễn Văn Thử", java.text.Normalizer.Form.NFD)), """
                {"eventId": "h1", "dossierCode": "HARD-1", "eventAt": "2026-03-03T09:00:00+07:00", "state": 4,
                 "stepName": "Thẩm định", "unitCode": "32002", "note": "Dòng một\\nDòng hai"}"""), province)
                .andExpect(status().isOk());
        assertThat(dsl.select(DOSSIER.APPLICANT_NAME).from(DOSSIER).where(DOSSIER.CODE.eq("HARD-1"))
                .fetchSingle(DOSSIER.APPLICANT_NAME)).isEqualTo("Nguyễn Văn Thử");
    }

    @Test
    void aKeyTwiceIsAnErrorNamingIt() throws Exception {
        refused(batch(anXuyen("HARD-1", "\"code\": \"HARD-2\""), ""), province, "batch[0].code:duplicateKey");
        String twoLists = "{\"dossiers\": [" + anXuyen("HARD-1", "") + "], \"dossiers\": [], \"events\": []}";
        refused(twoLists, province, "batch[0].dossiers:duplicateKey");
    }

    @Test
    void anUnreadableMediaTypeIs415AndABadPathIsAJson400() throws Exception {
        mvc.perform(post(URL).header("Authorization", "Bearer " + province).header("Content-Type", "garbage")
                        .content(batch(anXuyen("HARD-1", ""), "")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith("application/json"));
        mvc.perform(get(URI.create("/api/v1/dossiers/A%25B")).header("Authorization", "Bearer " + province))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/json"));
        assertThat(dsl.fetchCount(DOSSIER, DOSSIER.CODE.startsWith("HARD-"))).isZero();
    }
}
