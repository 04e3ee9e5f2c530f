package vn.camau.reform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.camau.reform.jooq.Tables.API_TOKEN;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;
import static vn.camau.reform.jooq.Tables.IMPORT_RUN;
import static vn.camau.reform.jooq.Tables.INTAKE_RATE_BUCKET;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dossier.Timing;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.dossier.query.DirectCountQuery;
import vn.camau.reform.dossier.query.StatQuery;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;
import vn.camau.reform.security.UnitScope;

/**
 * The intake API through the real filter chain and a real database: a batch is stored whole or not
 * at all, a resend changes nothing, events count by their time, the counters follow at once, and
 * every malformed input gets a 4xx naming the record and field.
 */
@AppTest
class IntakeApiTest {

    private static final String TOKEN_PREFIX = "test-intake:";
    private static final String URL = "/api/v1/intake/dossiers";
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

    MockMvc mvc;
    String token;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        testDossiers.reset();
        token = issue("admin", ApiTokenPurpose.INTAKE);
    }

    // explicit cleanup: a batch opens its own READ COMMITTED transaction (it refuses to join another), retried on conflicts, some from a thread pool
    @AfterEach
    void cleanUp() {
        testDossiers.removeAll();
        var testTokens = dsl.select(API_TOKEN.ID).from(API_TOKEN).where(API_TOKEN.NAME.startsWith(TOKEN_PREFIX));
        dsl.deleteFrom(IMPORT_RUN).where(IMPORT_RUN.TOKEN_ID.in(testTokens)).execute();
        dsl.deleteFrom(API_TOKEN).where(API_TOKEN.NAME.startsWith(TOKEN_PREFIX)).execute();
        TestLogins.logout();
    }

    private String issue(String username, ApiTokenPurpose purpose) {
        return asAdmin(() -> tokens.issue(TOKEN_PREFIX + username + purpose, username, purpose).token());
    }

    private <T> T asAdmin(Supplier<T> action) {
        TestLogins.loginAs(users, "admin");
        try {
            return action.get();
        } finally {
            TestLogins.logout();
        }
    }

    private ResultActions send(String body) throws Exception {
        return send(body, token);
    }

    private ResultActions send(String body, String bearer) throws Exception {
        return mvc.perform(post(URL).header("Authorization", "Bearer " + bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** A dossier of the test agency received on 2 March 2026, with the fields given on top. */
    static String dossier(String code, String extra) {
        return """
                {"code": "%s", "procedureCode": "9.999999", "receivingUnitCode": "96.TEST",
                 "handlingUnitCode": "96.TEST", "channel": "ONLINE", "receivedAt": "2026-03-02T08:00:00+07:00",
                 "appointmentDate": "2026-03-06", "applicantName": "Nguyễn Văn Thử", "hasFee": true, %s}
                """.formatted(code, extra);
    }

    static String event(String id, String dossier, String at, int state, String step) {
        return """
                {"eventId": "%s", "dossierCode": "%s", "eventAt": "%s", "state": %d, "stepName": "%s",
                 "unitCode": "96.TEST"}""".formatted(id, dossier, at, state, step);
    }

    static String batch(String dossiers, String events) {
        return "{\"dossiers\": [" + dossiers + "], \"events\": [" + events + "]}";
    }

    /** Late (resolved 10 March, due 6 March) and one still open since March, now overdue. */
    static String twoDossiers() {
        return batch(dossier("INTAKE-1", """
                        "state": 4, "updatedAt": "2026-03-02T08:05:00+07:00\"""")
                        + "," + dossier("INTAKE-2", """
                        "state": 2, "updatedAt": "2026-03-02T09:00:00+07:00\""""),
                event("e1", "INTAKE-1", "2026-03-03T10:00:00+07:00", 4, "Thẩm định")
                        + "," + event("e2", "INTAKE-1", "2026-03-10T15:00:00+07:00", 9, "Trả kết quả"));
    }

    @Test
    void aValidBatchIsStoredAndTheCountersFollowAtOnce() throws Exception {
        JsonNode answer = body(send(twoDossiers()).andExpect(status().isOk()));
        assertThat(answer.at("/dossiers/created").asInt()).isEqualTo(2);
        assertThat(answer.at("/events/stored").asInt()).isEqualTo(2);

        var resolved = dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq("INTAKE-1")).fetchSingle();
        assertThat(resolved.getState()).isEqualTo(DossierState.RESOLVED);
        assertThat(resolved.getResolvedAt()).isEqualTo("2026-03-10T15:00:00");
        assertThat(resolved.getTiming()).isEqualTo(Timing.LATE);
        assertThat(resolved.getLateWorkingDays()).isEqualTo(2);
        var open = dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq("INTAKE-2")).fetchSingle();
        assertThat(open.getOpenDueDate()).as("the late-case alerts read this").isEqualTo("2026-03-06");

        StatTotals counted = countedTotals();
        assertThat(counted.get(vn.camau.reform.dossier.StatCounter.RECEIVED)).isEqualTo(2);
        assertThat(counted.get(vn.camau.reform.dossier.StatCounter.RESOLVED_LATE)).isEqualTo(1);
        assertThat(counted).isEqualTo(directTotals());
        ImportRun run = asAdmin(() -> imports.history(0, 50)).stream()
                .filter(h -> h.id() == answer.get("batchId").asLong()).findFirst().orElseThrow();
        assertThat(run.source()).isEqualTo(ImportSource.API);
        assertThat(run.result()).isEqualTo(ImportResult.SUCCEEDED);
        assertThat(run.fileName()).as("named by its token").isEqualTo(TOKEN_PREFIX + "admin" + ApiTokenPurpose.INTAKE);
        assertThat(run.created()).isEqualTo(2);
    }

    @Test
    void theSameBatchTwiceChangesNothing() throws Exception {
        send(twoDossiers()).andExpect(status().isOk());
        StatTotals before = countedTotals();
        JsonNode again = body(send(twoDossiers()).andExpect(status().isOk()));
        assertThat(again.at("/dossiers/unchanged").asInt()).isEqualTo(2);
        assertThat(again.at("/dossiers/updated").asInt()).isZero();
        assertThat(again.at("/events/duplicate").asInt()).isEqualTo(2);
        assertThat(again.at("/events/stored").asInt()).isZero();
        assertThat(dsl.fetchCount(DOSSIER_EVENT, DOSSIER_EVENT.DOSSIER_ID.in(
                dsl.select(DOSSIER.ID).from(DOSSIER).where(DOSSIER.CODE.eq("INTAKE-1"))))).isEqualTo(2);
        assertThat(countedTotals()).isEqualTo(before);
    }

    @Test
    void eventsAreAppliedByTheirTimeAndAnOlderSnapshotIsIgnored() throws Exception {
        // the resolution arrives first, the step before it later: the dossier stays resolved
        send(batch(dossier("INTAKE-3", "\"state\": 2, \"updatedAt\": \"2026-03-02T10:00:00+07:00\""),
                event("r", "INTAKE-3", "2026-03-05T16:00:00+07:00", 9, "Trả kết quả"))).andExpect(status().isOk());
        send(batch("", event("p", "INTAKE-3", "2026-03-03T09:00:00+07:00", 4, "Thẩm định")))
                .andExpect(status().isOk());
        var d = dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq("INTAKE-3")).fetchSingle();
        assertThat(d.getState()).isEqualTo(DossierState.RESOLVED);
        assertThat(d.getResolvedAt()).isEqualTo("2026-03-05T16:00:00");
        assertThat(d.getTiming()).as("resolved the day before the appointment").isEqualTo(Timing.EARLY);

        // a snapshot from before the stored one arrives late: counted as stale, nothing moves
        JsonNode stale = body(send(batch(dossier("INTAKE-3",
                "\"state\": 2, \"updatedAt\": \"2026-03-02T09:00:00+07:00\""), "")).andExpect(status().isOk()));
        assertThat(stale.at("/dossiers/stale").asInt()).isOne();
        assertThat(stale.at("/dossiers/unchanged").asInt()).isOne();
        assertThat(dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq("INTAKE-3")).fetchSingle().getState())
                .isEqualTo(DossierState.RESOLVED);
        assertThat(countedTotals()).isEqualTo(directTotals());
    }

    @Test
    void oneInvalidRecordRefusesTheWholeBatchAndEveryErrorIsNamed() throws Exception {
        String good = dossier("INTAKE-OK", "\"state\": 2, \"updatedAt\": \"2026-03-02T08:00:00+07:00\"");
        String badDate = dossier("INTAKE-BAD", "\"state\": \"4\", \"updatedAt\": \"02/03/2026 08:00\"")
                .replace("\"procedureCode\": \"9.999999\"", "\"procedureCode\": \"0.000000\"");
        String duplicate = dossier("INTAKE-OK", "\"state\": 2, \"updatedAt\": \"2026-03-02T08:00:00+07:00\"");
        String orphan = event("x", "NO-SUCH-DOSSIER", "2026-03-03T09:00:00+07:00", 4, "Thẩm định");
        JsonNode refused = body(send(batch(good + "," + badDate + "," + duplicate, orphan))
                .andExpect(status().isBadRequest()));
        assertThat(refused.get("error").asString()).isEqualTo("invalid_batch");
        assertThat(errors(refused)).contains(
                "dossiers[1].state:notJsonInteger", "dossiers[1].updatedAt:notIsoDateTime",
                "dossiers[1].procedureCode:unknownCode", "dossiers[2].code:duplicateCode",
                "events[0].dossierCode:unknownDossier");
        assertThat(refused.at("/errors/0/message").asString()).contains(" / ");
        assertThat(dsl.fetchCount(DOSSIER, DOSSIER.CODE.startsWith("INTAKE-"))).as("nothing stored").isZero();
        assertThat(dsl.fetchCount(IMPORT_RUN, IMPORT_RUN.RESULT.eq(ImportResult.REFUSED)
                .and(IMPORT_RUN.ERROR_COUNT.eq(refused.get("errorCount").asInt())))).isPositive();
    }

    @Test
    void wrongTypesUnknownFieldsAndImpossibleStatesAreRefused() throws Exception {
        String wrong = dossier("INTAKE-W", """
                "state": 9, "updatedAt": "2026-03-02T08:00:00+07:00", "digitised": "yes", "recievedAt": "x",
                "channel": "FAX", "applicantPhone": "12345\"""")
                .replace("\"channel\": \"ONLINE\", ", "");
        JsonNode refused = body(send(batch(wrong, "")).andExpect(status().isBadRequest()));
        assertThat(errors(refused)).contains("dossiers[0].digitised:notJsonBoolean",
                "dossiers[0].recievedAt:unknownField", "dossiers[0].channel:notOneOf",
                "dossiers[0].applicantPhone:notPhone", "dossiers[0].resolvedAt:requiredInState");
    }

    @Test
    void brokenJsonAndOtherBodiesAreRefusedWithAReason() throws Exception {
        JsonNode broken = body(send("{\"dossiers\": [ {\"code\": ").andExpect(status().isBadRequest()));
        assertThat(errors(broken)).containsExactly("batch[0].null:brokenJson");
        assertThat(errors(body(send("[1, 2]").andExpect(status().isBadRequest())))).containsExactly("batch[0].null:notBatch");
        assertThat(errors(body(send("{\"dossiers\": {}}").andExpect(status().isBadRequest()))))
                .containsExactly("batch[0].dossiers:notArray");
        assertThat(errors(body(send("{}").andExpect(status().isBadRequest())))).containsExactly("batch[0].null:emptyBatch");
        mvc.perform(post(URL).header("Authorization", "Bearer " + token).contentType(MediaType.TEXT_PLAIN)
                .content("code=1")).andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void oversizedBatchesAre413() throws Exception {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i <= 5_000; i++) {
            events.append(i == 0 ? "" : ",").append(event("e" + i, "X", "2026-03-03T09:00:00", 4, "s"));
        }
        send(batch("", events.toString())).andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.error").value("batch_too_large"));
        String huge = "{\"events\": [{\"note\": \"" + "x".repeat(9 * 1024 * 1024) + "\"}]}";
        send(huge).andExpect(status().isContentTooLarge());
    }

    @Test
    void onlyALiveIntakeTokenMaySend() throws Exception {
        String read = issue("lanhdao.tinh", ApiTokenPurpose.READ);
        send(twoDossiers(), read).andExpect(status().isForbidden());
        mvc.perform(post(URL).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(twoDossiers())).andExpect(status().isForbidden());
        mvc.perform(get(URL).header("Authorization", "Bearer " + token)).andExpect(status().isMethodNotAllowed());

        long id = dsl.select(API_TOKEN.ID).from(API_TOKEN).where(API_TOKEN.NAME.eq(TOKEN_PREFIX + "admin"
                + ApiTokenPurpose.INTAKE)).fetchSingle().value1();
        asAdmin(() -> {
            tokens.revoke(id);
            return null;
        });
        send(twoDossiers()).andExpect(status().isUnauthorized());
        assertThat(dsl.fetchCount(DOSSIER, DOSSIER.CODE.startsWith("INTAKE-"))).isZero();
    }

    @Test
    void aCommuneTokenMayNotWriteAnotherUnitsDossiers() throws Exception {
        String commune = issue("lanhdao.anxuyen", ApiTokenPurpose.INTAKE);
        JsonNode refused = body(send(twoDossiers(), commune).andExpect(status().isBadRequest()));
        assertThat(errors(refused)).contains("dossiers[0].handlingUnitCode:unitOutOfScope");
    }

    @Test
    void theSameBatchFromTwoSendersAtOnceIsStoredOnce() throws Exception {
        String body = twoDossiers();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> body(send(body).andExpect(status().isOk())));
            var second = pool.submit(() -> body(send(body).andExpect(status().isOk())));
            JsonNode a = first.get();
            JsonNode b = second.get();
            assertThat(a.at("/dossiers/created").asInt() + b.at("/dossiers/created").asInt()).isEqualTo(2);
            assertThat(a.at("/events/stored").asInt() + b.at("/events/stored").asInt()).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
        assertThat(dsl.fetchCount(DOSSIER_EVENT, DOSSIER_EVENT.DOSSIER_ID.in(
                dsl.select(DOSSIER.ID).from(DOSSIER).where(DOSSIER.CODE.startsWith("INTAKE-"))))).isEqualTo(2);
        assertThat(countedTotals()).isEqualTo(directTotals());
    }

    @Test
    void aTokenWhoseBucketIsEmptyIsAnswered429WithRetryAfter() throws Exception {
        String hasty = asAdmin(() -> tokens.issue(TOKEN_PREFIX + "hasty", "admin", ApiTokenPurpose.INTAKE).token());
        // the first batch (refused as empty) makes the token's bucket and takes a permit
        send("{}", hasty).andExpect(status().isBadRequest());
        long id = dsl.select(API_TOKEN.ID).from(API_TOKEN).where(API_TOKEN.NAME.eq(TOKEN_PREFIX + "hasty"))
                .fetchSingle().value1();
        // Emptied as a burst would leave it, and held empty (no refill until 30 s from now). Sending 500 batches to drain it proved
        // load-sensitive: on a busy machine each request took longer than the refill (20 a second). The draining
        // arithmetic itself is IntakeRateLimiterTest's, on the database's clock.
        dsl.update(INTAKE_RATE_BUCKET).set(INTAKE_RATE_BUCKET.PERMITS, 0.0)
                .set(INTAKE_RATE_BUCKET.REFILLED_AT,
                        DSL.field("CAST(UNIX_TIMESTAMP(NOW(6)) * 1000000 AS SIGNED) + 30000000", Long.class))
                .where(INTAKE_RATE_BUCKET.TOKEN_ID.eq(id)).execute();

        var answer = send("{}", hasty).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(answer.getHeader("Retry-After"))).isPositive();
        assertThat(json.readTree(answer.getContentAsString()).get("error").asString()).isEqualTo("rate_limited");
        assertThat(dsl.fetchCount(DOSSIER, DOSSIER.CODE.startsWith("INTAKE-"))).isZero();
    }

    private StatTotals countedTotals() {
        return stats.sumByUnit(new UnitScope(1, "/1/"), "/1/9001/", UnitStructure.CURRENT, FROM, TO).values()
                .stream().reduce(StatTotals.ZERO, StatTotals::plus);
    }

    private StatTotals directTotals() {
        Map<Long, StatTotals> counted = direct.sumsByUnit(new UnitScope(1, "/1/"), "/1/9001/",
                UnitStructure.CURRENT, FROM, TO);
        return counted.values().stream().reduce(StatTotals.ZERO, StatTotals::plus);
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** "list[index].field:code" for each error, easy to assert on. */
    /** Every error of a refused batch as list[index].field:code. */
    static java.util.List<String> errors(JsonNode refused) {
        java.util.List<String> list = new java.util.ArrayList<>();
        for (JsonNode e : refused.get("errors")) {
            list.add(e.get("record").asString() + "[" + e.get("index").asInt() + "]."
                    + (e.has("field") ? e.get("field").asString() : "null") + ":" + e.get("code").asString());
        }
        return list;
    }
}
