package vn.camau.reform.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.dossier.TestDossiers.FORMER;
import static vn.camau.reform.dossier.TestDossiers.dossier;
import static vn.camau.reform.jooq.Tables.API_TOKEN;
import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.APOLOGY_STEP;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;
import static vn.camau.reform.jooq.Tables.DOSSIER_REMINDER;
import static vn.camau.reform.jooq.Tables.DOSSIER_STAT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.apology.ApologyForm;
import vn.camau.reform.apology.ApologyService;
import vn.camau.reform.apology.DeliveryChannel;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;
import vn.camau.reform.security.repository.UserRepository;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dashboard.IndicatorKind;
import vn.camau.reform.dashboard.UnitBreakdown;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierEventRecord;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierTiming;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dossier.TestHotlineReports;

/**
 * The read API through the real filter chains: HTTP Basic and tokens, the caller's unit scope, the
 * JSON errors for bad input, and figures that equal what the indicator service computes.
 */
@AppTest
@Transactional // MockMvc runs on the test thread: dossiers, tokens and the lockout roll back; RolledBackGenerations drops the figures kept meanwhile
class IndicatorApiTest {

    /** An An Xuyên dossier, written for the commune leader's test and neutralised afterwards. */
    private static final String AN_XUYEN_DOSSIER = "API-AX-1";
    private static final long AN_XUYEN = 100;
    private static final String TOKEN_PREFIX = "test-api:";
    /** A civil servant of An Xuyên: signs in, but may not read the API. */
    private static final String OFFICER = "test.api.officer";

    @Autowired
    WebApplicationContext context;
    @Autowired
    IndicatorService indicators;
    @Autowired
    DossierWriteService writer;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    CalendarService calendarService;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserRepository userRepository;
    @Autowired
    JsonMapper json;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApologyService apologies;

    MockMvc mvc;
    WorkingCalendar cal;
    LocalDate today;
    Period last90Days;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TestDossiers.ensureReferenceData(dsl);
        cal = calendarService.calendar();
        today = asAdmin(indicators::today);
        last90Days = Period.custom(today.minusDays(90), today);
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    /** Runs service calls as the administrator (MockMvc requests clear the test thread's login). */
    private <T> T asAdmin(Supplier<T> action) {
        TestLogins.loginAs(users, "admin");
        try {
            return action.get();
        } finally {
            TestLogins.logout();
        }
    }

    private MockHttpServletRequestBuilder indicatorsOf(String unit, Period period) {
        return get("/api/v1/indicators").param("unit", unit).param("from", period.from().toString())
                .param("to", period.to().toString());
    }

    private ResultActions asUser(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(httpBasic(username, "demo")));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** Resolved early (online), resolved late by two working days, open and overdue, open on track. */
    private void loadFour() {
        LocalDate r = cal.workingDaysBefore(today, 30);
        LocalDate due = cal.addWorkingDays(r, 10);
        LocalDate lateDay = cal.addWorkingDays(due, 2);
        asAdmin(() -> {
            writer.save(dossier("API-EARLY", AGENCY, r, due, cal.addWorkingDays(r, 5), DossierState.RETURNED,
                    Channel.ONLINE, 0));
            writer.save(dossier("API-LATE", AGENCY, r, due, lateDay, DossierState.RESOLVED, Channel.IN_PERSON,
                    DossierTiming.workingDaysLate(cal, due, lateDay)));
            writer.save(dossier("API-OVERDUE", AGENCY, r, cal.workingDaysBefore(today, 3), null,
                    DossierState.PROCESSING, Channel.ONLINE, 0));
            return writer.save(dossier("API-ONTRACK", AGENCY, cal.workingDaysBefore(today, 2),
                    cal.addWorkingDays(today, 10), null, DossierState.PROCESSING, Channel.ONLINE, 0));
        });
    }

    // --- authentication -------------------------------------------------------------------------

    @Test
    void withoutCredentialsTheAnswerIs401InJson() throws Exception {
        mvc.perform(indicatorsOf("96", last90Days))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.error").value("unauthorized"))
                .andExpect(jsonPath("$.details").isArray());
    }

    @Test
    void httpBasicWorksAndAWrongPasswordCountsTowardsTheLockOut() throws Exception {
        asUser(indicatorsOf("96", last90Days), "thanhtra").andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value("96"));
        mvc.perform(indicatorsOf("96", last90Days).with(httpBasic("thanhtra", "wrong")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("unauthorized"));
        assertThat(dsl.select(APP_USER.FAILED_ATTEMPTS).from(APP_USER).where(APP_USER.USERNAME.eq("thanhtra"))
                .fetchSingle(APP_USER.FAILED_ATTEMPTS)).isEqualTo(1);
    }

    @Test
    void aTokenActsAsItsUserUntilItIsRevoked() throws Exception {
        var issued = asAdmin(() -> tokens.issue(TOKEN_PREFIX + "an xuyen", "lanhdao.anxuyen", ApiTokenPurpose.READ));
        String bearer = "Bearer " + issued.token();

        mvc.perform(indicatorsOf("32002", last90Days).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unit.name").value("Phường An Xuyên"));
        // the token carries its user's scope: not the province
        mvc.perform(indicatorsOf("96", last90Days).header("Authorization", bearer))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("out_of_scope"));
        assertThat(dsl.select(API_TOKEN.LAST_USED_AT).from(API_TOKEN).where(API_TOKEN.ID.eq(issued.details().id()))
                .fetchSingle(API_TOKEN.LAST_USED_AT)).isNotNull();

        asAdmin(() -> {
            tokens.revoke(issued.details().id());
            return null;
        });
        mvc.perform(indicatorsOf("32002", last90Days).header("Authorization", bearer))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("unauthorized"));
    }

    /**
     * A lock-out stops password guessing; a token is a secret of its own. Someone typing wrong passwords for
     * an account must not cut the operations centre (or a one-stop system's intake) off its token.
     */
    @Test
    void aTokenKeepsWorkingWhileItsUsersPasswordIsLockedOut() throws Exception {
        var issued = asAdmin(() -> tokens.issue(TOKEN_PREFIX + "locked", "lanhdao.anxuyen", ApiTokenPurpose.READ));
        dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, java.time.LocalDateTime.now().plusHours(1))
                .where(APP_USER.USERNAME.eq("lanhdao.anxuyen")).execute();
        try {
            mvc.perform(indicatorsOf("32002", last90Days).with(httpBasic("lanhdao.anxuyen", "demo")))
                    .andExpect(status().isUnauthorized());
            mvc.perform(indicatorsOf("32002", last90Days).header("Authorization", "Bearer " + issued.token()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.unit.code").value("32002"));
        } finally {
            userRepository.unlock("lanhdao.anxuyen");
        }
    }

    @Test
    void anUnknownTokenIs401AndAnIntakeTokenMayNotRead() throws Exception {
        mvc.perform(indicatorsOf("96", last90Days).header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
        var intake = asAdmin(() -> tokens.issue(TOKEN_PREFIX + "intake", "admin", ApiTokenPurpose.INTAKE));
        mvc.perform(indicatorsOf("96", last90Days).header("Authorization", "Bearer " + intake.token()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("forbidden"));
    }

    @Test
    void aCivilServantMayNotReadTheApiWhateverTheMethod() throws Exception {
        if (!userRepository.exists(OFFICER)) {
            userRepository.insert(OFFICER, passwords.encode("demo"), "Cán bộ Thử nghiệm API", AN_XUYEN,
                    java.util.Set.of(vn.camau.reform.security.Role.OFFICER));
        }
        asUser(indicatorsOf("32002", last90Days), OFFICER)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(head("/api/v1/indicators").param("unit", "32002").param("from", "2026-01-01")
                .param("to", "2026-01-31").with(httpBasic(OFFICER, "demo"))).andExpect(status().isForbidden());
    }

    // --- scope ----------------------------------------------------------------------------------

    @Test
    void aCommuneLeaderReadsTheirOwnWardButNotTheProvince() throws Exception {
        LocalDate r = cal.workingDaysBefore(today, 5);
        asAdmin(() -> writer.save(dossier(AN_XUYEN_DOSSIER, AN_XUYEN, r, cal.addWorkingDays(r, 10), null,
                DossierState.PROCESSING, Channel.ONLINE, 0)));

        asUser(indicatorsOf("96", last90Days), "lanhdao.anxuyen")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("out_of_scope"));

        JsonNode own = body(asUser(indicatorsOf("32002", last90Days), "lanhdao.anxuyen")
                .andExpect(status().isOk()));
        assertThat(own.at("/unit/code").asString()).isEqualTo("32002");
        assertThat(own.at("/unit/level").asString()).isEqualTo("COMMUNE");
        assertThat(own.at("/structure").asString()).isEqualTo("CURRENT");
        assertThat(own.at("/total/received").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(own.at("/total/online").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(own.at("/conventions/onTimeStrict").asString()).contains("carriedOver");
        JsonNode self = first(own.get("children"), c -> c.get("self").asBoolean());
        assertThat(self.at("/unit/name").asString()).isEqualTo("Phường An Xuyên");
        assertThat(self.get("received").asLong()).isEqualTo(own.at("/total/received").asLong());
        assertThat(self.at("/rates/online/formula").asString()).isEqualTo("online / received");

        // the reused code names the former Phường 2 in the former tree, still inside the leader's scope
        JsonNode former = body(asUser(get("/api/v1/indicators").param("unit", "32002").param("structure", "FORMER")
                .param("from", "2024-01-01").param("to", "2024-12-31"), "lanhdao.anxuyen").andExpect(status().isOk()));
        assertThat(former.at("/unit/name").asString()).isEqualTo("Phường 2");
        assertThat(former.at("/unit/validTo").asString()).isEqualTo("2025-06-30");
        assertThat(former.at("/structure").asString()).isEqualTo("FORMER");
    }

    private static JsonNode first(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode node : array) {
            if (test.test(node)) {
                return node;
            }
        }
        throw new AssertionError("no matching element in " + array);
    }

    // --- bad input ------------------------------------------------------------------------------

    @Test
    void anUnknownUnitIs400() throws Exception {
        asUser(indicatorsOf("99999", last90Days), "admin")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("unknown_unit"))
                .andExpect(jsonPath("$.details[0].parameter").value("unit"));
    }

    @Test
    void aPeriodEndingBeforeItStartsIs400() throws Exception {
        asUser(get("/api/v1/indicators").param("unit", "96").param("from", "2026-03-31").param("to", "2026-03-01"),
                "admin")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_period"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("after")));
    }

    @Test
    void malformedAndMissingDatesAre400NamingTheParameter() throws Exception {
        for (String bad : List.of("2026-13-01", "2026-02-30", "01/03/2026", "yesterday")) {
            asUser(get("/api/v1/indicators").param("unit", "96").param("from", "2026-01-01").param("to", bad),
                    "admin")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_parameter"))
                    .andExpect(jsonPath("$.details[0].parameter").value("to"))
                    .andExpect(jsonPath("$.details[0].expected").value("YYYY-MM-DD"));
        }
        asUser(get("/api/v1/indicators").param("unit", "96").param("to", "2026-01-31"), "admin")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("missing_parameter"))
                .andExpect(jsonPath("$.details[0].parameter").value("from"));
        asUser(get("/api/v1/indicators").param("unit", "96").param("from", "2026-01-01").param("to", "2026-01-31")
                .param("structure", "OLD"), "admin")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.details[0].parameter").value("structure"));
        asUser(get("/api/v1/indicators").param("unit", "96").param("from", "1900-01-01").param("to", "2026-01-31"),
                "admin")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("invalid_period"));
    }

    @Test
    void aHugeRangeIsFine() throws Exception {
        asUser(get("/api/v1/indicators").param("unit", "96").param("from", "2000-01-01").param("to", "2100-12-31"),
                "admin").andExpect(status().isOk());
    }

    @Test
    void unknownEndpointsAndMethodsAnswerInJson() throws Exception {
        asUser(get("/api/v1/nothing-here"), "admin")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("not_found"));
        asUser(post("/api/v1/indicators"), "admin")
                .andExpect(status().isMethodNotAllowed()).andExpect(jsonPath("$.error").value("method_not_allowed"));
    }

    // --- figures --------------------------------------------------------------------------------

    @Test
    void theFiguresEqualTheIndicatorServiceForTheSameUnitAndPeriod() throws Exception {
        loadFour();
        asAdmin(() -> writer.save(dossier("API-2024", FORMER, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 15),
                LocalDate.of(2024, 10, 14), DossierState.RETURNED, Channel.IN_PERSON, 0)));

        UnitBreakdown agency = asAdmin(() -> indicators.breakdown(AGENCY, last90Days, UnitStructure.CURRENT));
        JsonNode body = body(asUser(indicatorsOf("96.TEST", last90Days), "admin").andExpect(status().isOk()));
        assertThat(figures(body.get("total"))).isEqualTo(expected(agency.total()));
        JsonNode self = first(body.get("children"), c -> c.get("self").asBoolean());
        assertThat(figures(self)).isEqualTo(expected(agency.total()));
        assertThat(body.at("/total/received").asLong()).isEqualTo(4);
        assertThat(body.at("/total/late").asLong()).isEqualTo(1);
        assertThat(body.at("/total/lateWorkingDays").asLong()).isEqualTo(2);
        assertThat(body.at("/total/openOverdue").asLong()).isEqualTo(1);
        assertThat(body.at("/total/rates/onTime/value").asDouble()).isEqualTo(0.5);
        assertThat(body.at("/total/rates/onTimeStrict/numerator").asLong()).isEqualTo(2);
        assertThat(body.at("/total/rates/onTimeStrict/denominator").asLong()).isEqualTo(4);

        // the province: its row for the test agency equals the service's row
        UnitBreakdown province = asAdmin(() -> indicators.breakdown(1, last90Days, UnitStructure.CURRENT));
        Indicators agencyRow = province.rows().stream().filter(r -> r.unit().id() == AGENCY).findFirst()
                .orElseThrow().indicators();
        JsonNode all = body(asUser(indicatorsOf("96", last90Days), "admin").andExpect(status().isOk()));
        assertThat(figures(all.get("total"))).isEqualTo(expected(province.total()));
        assertThat(figures(first(all.get("children"), c -> "96.TEST".equals(c.at("/unit/code").asString()))))
                .isEqualTo(expected(agencyRow));
        // every current commune and agency is listed, with or without data
        assertThat(all.get("children").size()).isGreaterThanOrEqualTo(64);

        // 2024 in the former structure of the former unit
        JsonNode former = body(asUser(get("/api/v1/indicators").param("unit", "96.TEST.CU").param("from", "2024-01-01")
                .param("to", "2024-12-31"), "admin").andExpect(status().isOk()));
        assertThat(former.at("/structure").asString()).isEqualTo("FORMER");
        assertThat(former.at("/total/early").asLong()).isEqualTo(1);
    }

    private static final List<String> COUNTS = List.of("received", "resolved", "early", "onTime", "late", "open",
            "openOnTrack", "openDueSoon", "openOverdue", "openWaiting", "online", "receivedPostal", "withFee",
            "paidOnline", "digitised", "returnedHome", "rated", "satisfied", "withdrawn", "stopped", "refused",
            "carriedOver", "lateWorkingDays", "apologyRequired", "apologyIssuedInTime", "apologyIssuedLate",
            "apologyMissing", "apologyUnpublished", "secondMiss", "hotlineReceived", "hotlineDue",
            "hotlineAnsweredOnTime", "hotlineOverdue", "hotlineFounded", "hotlineSatisfied",
            "hotlineSatisfactionResponses");
    private static final List<String> RATES = List.of("onTime", "onTimeStrict", "online", "onlinePayment",
            "digitisation", "satisfaction", "apologyCompliance", "hotlineOnTime", "hotlineSatisfaction");

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void everyRowIsOneFlatObjectInTheDocumentedOrder() throws Exception {
        JsonNode answer = body(asUser(get("/api/v1/indicators").param("from", "2025-01-01").param("to", "2025-03-31"),
                "admin").andExpect(status().isOk()));
        List<String> expected = new ArrayList<>(COUNTS);
        expected.add("rates");
        assertThat(names(answer.get("total"))).containsExactlyElementsOf(expected);
        List<String> child = new ArrayList<>(List.of("unit", "self"));
        child.addAll(expected);
        assertThat(names(answer.get("children").get(0))).containsExactlyElementsOf(child);
    }

    private static Map<String, Object> figures(JsonNode node) {
        Map<String, Object> m = new LinkedHashMap<>();
        COUNTS.forEach(c -> m.put(c, node.get(c).asLong()));
        RATES.forEach(r -> {
            JsonNode rate = node.at("/rates/" + r);
            m.put(r, new ArrayList<>(List.of(rate.get("numerator").asLong(), rate.get("denominator").asLong(),
                    rate.get("value").isNull() ? "null" : rate.get("value").asDouble())));
        });
        return m;
    }

    private static Map<String, Object> expected(Indicators i) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Long> counts = List.of(i.get(StatCounter.RECEIVED), i.get(StatCounter.RESOLVED),
                i.get(StatCounter.RESOLVED_EARLY), i.get(StatCounter.RESOLVED_ON_TIME),
                i.get(StatCounter.RESOLVED_LATE), i.openAtEnd(), i.openOnTrack(), i.openDueSoon(), i.openOverdue(),
                i.openWaiting(), i.get(StatCounter.RECEIVED_ONLINE), i.get(StatCounter.RECEIVED_POSTAL),
                i.get(StatCounter.WITH_FEE), i.get(StatCounter.PAID_ONLINE), i.get(StatCounter.DIGITISED),
                i.get(StatCounter.RETURNED_HOME), i.get(StatCounter.RATED), i.get(StatCounter.SATISFIED),
                i.get(StatCounter.WITHDRAWN), i.get(StatCounter.STOPPED), i.get(StatCounter.REFUSED), i.carriedOver(),
                i.get(StatCounter.LATE_DAYS), i.apology().required(), i.apology().issuedInTime(),
                i.apology().issuedLate(), i.apology().missing(), i.apology().unpublished(), i.apology().secondMiss(),
                i.hotline().received(), i.hotline().due(), i.hotline().answeredOnTime(), i.hotline().overdue(),
                i.hotline().founded(), i.hotline().satisfied(), i.hotline().satisfactionResponses());
        for (int k = 0; k < COUNTS.size(); k++) {
            m.put(COUNTS.get(k), counts.get(k));
        }
        List<IndicatorKind> kinds = List.of(IndicatorKind.ON_TIME, IndicatorKind.ON_TIME_STRICT, IndicatorKind.ONLINE,
                IndicatorKind.ONLINE_PAYMENT, IndicatorKind.DIGITISATION, IndicatorKind.SATISFACTION,
                IndicatorKind.APOLOGY, IndicatorKind.HOTLINE_ON_TIME, IndicatorKind.HOTLINE_SATISFACTION);
        for (int k = 0; k < RATES.size(); k++) {
            Ratio ratio = i.ratio(kinds.get(k));
            m.put(RATES.get(k), new ArrayList<>(List.of(ratio.numerator(), ratio.denominator(),
                    ratio.value() == null ? "null" : ratio.value())));
        }
        return m;
    }

    @Test
    void theApologyFiguresCountLateDossiersWithAndWithoutAnApologyWithinTheScope() throws Exception {
        // two dossiers of the test agency overdue by 3 and 2 working days; the first gets an apology,
        // drafted and signed today by the province leader: after its due date, so late
        LocalDate dueSigned = cal.workingDaysBefore(today, 3);
        LocalDate dueNone = cal.workingDaysBefore(today, 2);
        asAdmin(() -> {
            writer.save(dossier("API-AP-SIGNED", AGENCY, cal.addWorkingDays(dueSigned, -10), dueSigned, null,
                    DossierState.PROCESSING, Channel.IN_PERSON, 0));
            return writer.save(dossier("API-AP-NONE", AGENCY, cal.addWorkingDays(dueNone, -10), dueNone, null,
                    DossierState.PROCESSING, Channel.ONLINE, 0));
        });
        TestLogins.loginAs(users, "lanhdao.tinh");
        try {
            long id = apologies.create(new ApologyForm("API-AP-SIGNED", AGENCY,
                    "Chờ ý kiến phối hợp của Sở Nông nghiệp và Môi trường", cal.addWorkingDays(today, 3),
                    DeliveryChannel.DESK, false));
            apologies.approve(id, apologies.apology(id).orElseThrow().version(), null);
        } finally {
            TestLogins.logout();
        }

        JsonNode body = body(asUser(indicatorsOf("96.TEST", last90Days), "admin").andExpect(status().isOk()));
        JsonNode self = first(body.get("children"), c -> c.get("self").asBoolean());
        for (JsonNode node : List.of(body.get("total"), self)) {
            assertThat(node.get("apologyRequired").asLong()).isEqualTo(2);
            assertThat(node.get("apologyIssuedInTime").asLong()).isZero();
            assertThat(node.get("apologyIssuedLate").asLong()).isEqualTo(1);
            assertThat(node.get("apologyMissing").asLong()).isEqualTo(1);
            assertThat(node.get("apologyUnpublished").asLong()).isEqualTo(1);
            assertThat(node.get("secondMiss").asLong()).isZero();
            JsonNode rate = node.at("/rates/apologyCompliance");
            assertThat(rate.get("numerator").asLong()).isZero();
            assertThat(rate.get("denominator").asLong()).isEqualTo(2);
            assertThat(rate.get("value").asDouble()).isZero();
            assertThat(rate.get("formula").asString()).isEqualTo("apologyIssuedInTime / apologyRequired");
        }
        assertThat(body.at("/conventions/apology").asString()).contains("apologyIssuedInTime / apologyRequired");
        // the province lists the agency with the same figures, and counts them in its total
        JsonNode province = body(asUser(indicatorsOf("96", last90Days), "admin").andExpect(status().isOk()));
        JsonNode agencyRow = first(province.get("children"), c -> "96.TEST".equals(c.at("/unit/code").asString()));
        assertThat(agencyRow.get("apologyRequired").asLong()).isEqualTo(2);
        assertThat(agencyRow.get("apologyIssuedLate").asLong()).isEqualTo(1);
        assertThat(province.at("/total/apologyRequired").asLong()).isGreaterThanOrEqualTo(2);

        // scope: a commune leader may not read the agency, and their ward's figures are the service's
        asUser(indicatorsOf("96.TEST", last90Days), "lanhdao.anxuyen")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("out_of_scope"));
        JsonNode ward = body(asUser(indicatorsOf("32002", last90Days), "lanhdao.anxuyen").andExpect(status().isOk()));
        TestLogins.loginAs(users, "lanhdao.anxuyen");
        Indicators own;
        try {
            own = indicators.breakdown(AN_XUYEN, last90Days, UnitStructure.CURRENT).total();
        } finally {
            TestLogins.logout();
        }
        assertThat(figures(ward.get("total"))).isEqualTo(expected(own));
    }

    @Test
    void theHotlineFiguresCountReportsAboutTheUnitWithinTheScope() throws Exception {
        TestHotlineReports reports = new TestHotlineReports(dsl);
        LocalDate d20 = today.minusDays(20);
        // on time, late, overdue and founded, due today (not due yet); one about the former unit
        reports.report(AGENCY, d20, today.minusDays(10)).answered(today.minusDays(10).atTime(15, 0))
                .concluded("FOUNDED").save();
        reports.report(AGENCY, d20, today.minusDays(10)).answered(today.minusDays(8).atTime(15, 0)).save();
        reports.report(AGENCY, d20, today.minusDays(2)).concluded("PARTLY_FOUNDED").save();
        reports.report(AGENCY, today.minusDays(3), today).save();
        reports.report(FORMER, today.minusDays(3), today.plusDays(4)).save();
        // an An Xuyên report: the ward's, never the agency's
        reports.report(AN_XUYEN, d20, today.minusDays(10)).save();

        JsonNode body = body(asUser(indicatorsOf("96.TEST", last90Days), "admin").andExpect(status().isOk()));
        JsonNode total = body.get("total");
        assertThat(total.get("hotlineReceived").asLong()).isEqualTo(5);
        assertThat(total.get("hotlineDue").asLong()).isEqualTo(3);
        assertThat(total.get("hotlineAnsweredOnTime").asLong()).isEqualTo(1);
        assertThat(total.get("hotlineOverdue").asLong()).isEqualTo(1);
        assertThat(total.get("hotlineFounded").asLong()).isEqualTo(2);
        JsonNode rate = total.at("/rates/hotlineOnTime");
        assertThat(rate.get("numerator").asLong()).isEqualTo(1);
        assertThat(rate.get("denominator").asLong()).isEqualTo(3);
        assertThat(rate.get("formula").asString()).isEqualTo("hotlineAnsweredOnTime / hotlineDue");
        assertThat(body.at("/conventions/hotline").asString()).contains("hotlineAnsweredOnTime / hotlineDue");
        // each child carries its share: the agency's own reports and the former unit's
        JsonNode self = first(body.get("children"), c -> c.get("self").asBoolean());
        JsonNode former = first(body.get("children"), c -> "96.TEST.CU".equals(c.at("/unit/code").asString()));
        assertThat(self.get("hotlineReceived").asLong()).isEqualTo(4);
        assertThat(former.get("hotlineReceived").asLong()).isEqualTo(1);
        assertThat(self.at("/rates/hotlineOnTime/denominator").asLong()).isEqualTo(3);
        // nothing of a reporter travels
        assertThat(body.toString()).doesNotContain("0912000111", "Người Phản Ánh");

        // the province lists the agency with the same figures
        JsonNode province = body(asUser(indicatorsOf("96", last90Days), "admin").andExpect(status().isOk()));
        JsonNode agencyRow = first(province.get("children"), c -> "96.TEST".equals(c.at("/unit/code").asString()));
        assertThat(agencyRow.get("hotlineReceived").asLong()).isEqualTo(5);
        assertThat(agencyRow.get("hotlineFounded").asLong()).isEqualTo(2);
        assertThat(province.at("/total/hotlineReceived").asLong()).isGreaterThanOrEqualTo(6);

        // out of scope: 403 for the agency; the ward's figures include its report and are the service's
        asUser(indicatorsOf("96.TEST", last90Days), "lanhdao.anxuyen")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("out_of_scope"));
        JsonNode ward = body(asUser(indicatorsOf("32002", last90Days), "lanhdao.anxuyen").andExpect(status().isOk()));
        assertThat(ward.at("/total/hotlineReceived").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(ward.at("/total/hotlineOverdue").asLong()).isGreaterThanOrEqualTo(1);
        TestLogins.loginAs(users, "lanhdao.anxuyen");
        Indicators own;
        try {
            own = indicators.breakdown(AN_XUYEN, last90Days, UnitStructure.CURRENT).total();
        } finally {
            TestLogins.logout();
        }
        assertThat(figures(ward.get("total"))).isEqualTo(expected(own));
    }

    /**
     * Issue 17: what the application already knows reaches the API: postal dossiers, results returned
     * at home, dossiers withdrawn, stopped or refused at reception, those waiting for the applicant, and
     * the citizens' satisfaction with the hotline's answers.
     */
    @Test
    void theOutcomesTheWaitingAndTheHotlineSatisfactionAreInTheApi() throws Exception {
        LocalDate r = cal.workingDaysBefore(today, 20);
        LocalDate due = cal.addWorkingDays(r, 10);
        asAdmin(() -> {
            writer.save(TestDossiers.with(dossier("API-POST-HOME", AGENCY, r, due, cal.addWorkingDays(r, 4),
                    DossierState.RETURNED, Channel.POSTAL, 0), true, List.of()));
            writer.save(dossier("API-WITHDRAWN", AGENCY, r, due, null, DossierState.WITHDRAWN, Channel.ONLINE, 0));
            writer.save(dossier("API-STOPPED", AGENCY, r, due, null, DossierState.STOPPED, Channel.IN_PERSON, 0));
            writer.save(dossier("API-REFUSED", AGENCY, r, due, null, DossierState.REFUSED_AT_RECEPTION,
                    Channel.IN_PERSON, 0));
            LocalDate asked = cal.workingDaysBefore(today, 2);
            return writer.save(TestDossiers.with(dossier("API-WAITING", AGENCY, r, cal.workingDaysBefore(today, 1), null,
                    DossierState.SUPPLEMENT_REQUESTED, Channel.ONLINE, 0), false, List.of(
                    new DossierEventRecord(r.atTime(9, 0), DossierState.PROCESSING, "Thẩm định", AGENCY, null, null,
                            null, "api-w-1"),
                    new DossierEventRecord(asked.atTime(10, 0), DossierState.SUPPLEMENT_REQUESTED,
                            "Yêu cầu bổ sung", AGENCY, null, null, null, "api-w-2"))));
        });
        TestHotlineReports reports = new TestHotlineReports(dsl);
        LocalDate d20 = today.minusDays(20);
        reports.report(AGENCY, d20, today.minusDays(12)).answered(today.minusDays(13).atTime(9, 0))
                .satisfaction("SATISFIED").save();
        reports.report(AGENCY, d20, today.minusDays(12)).answered(today.minusDays(13).atTime(9, 0))
                .satisfaction("NOT_SATISFIED").reopened(today.minusDays(10).atTime(9, 0), today.minusDays(3))
                .answered(today.minusDays(4).atTime(9, 0)).satisfaction("SATISFIED").save();
        reports.report(AGENCY, d20, today.minusDays(12)).answered(today.minusDays(13).atTime(9, 0))
                .satisfaction("NO_RESPONSE").save();

        JsonNode total = body(asUser(indicatorsOf("96.TEST", last90Days), "admin").andExpect(status().isOk()))
                .get("total");
        assertThat(total.get("receivedPostal").asLong()).isEqualTo(1);
        assertThat(total.get("returnedHome").asLong()).isEqualTo(1);
        assertThat(total.get("withdrawn").asLong()).isEqualTo(1);
        assertThat(total.get("stopped").asLong()).isEqualTo(1);
        assertThat(total.get("refused").asLong()).isEqualTo(1);
        // the refused one was never received
        assertThat(total.get("received").asLong()).isEqualTo(4);
        assertThat(total.get("openWaiting").asLong()).isEqualTo(1);
        assertThat(total.get("openOverdue").asLong()).isZero();
        // every answer the citizen rated: three, two of them satisfied; "no response" left out
        assertThat(total.get("hotlineSatisfied").asLong()).isEqualTo(2);
        assertThat(total.get("hotlineSatisfactionResponses").asLong()).isEqualTo(3);
        assertThat(total.at("/rates/hotlineSatisfaction/formula").asString())
                .isEqualTo("hotlineSatisfied / hotlineSatisfactionResponses");
        assertThat(total.at("/rates/hotlineSatisfaction/value").asDouble()).isEqualTo(2.0 / 3);
        UnitBreakdown agency = asAdmin(() -> indicators.breakdown(AGENCY, last90Days, UnitStructure.CURRENT));
        assertThat(figures(total)).isEqualTo(expected(agency.total()));
    }

    @Test
    void anEmptyPeriodGivesZerosAndRatesWithoutValue() throws Exception {
        loadFour();
        // long before any dossier: nothing received, resolved, open or carried over
        Period empty = Period.year(2001);
        JsonNode body = body(asUser(indicatorsOf("96.TEST", empty), "admin").andExpect(status().isOk()));
        for (String count : COUNTS) {
            assertThat(body.at("/total/" + count).asLong()).as(count).isZero();
        }
        for (String rate : RATES) {
            JsonNode node = body.at("/total/rates/" + rate);
            assertThat(node.has("value")).as(rate).isTrue();
            assertThat(node.get("value").isNull()).as(rate).isTrue();
            assertThat(node.get("denominator").asLong()).as(rate).isZero();
        }
        assertThat(body.at("/asOf").asString()).isEqualTo("2001-12-31");
        assertThat(body.toString()).doesNotContain(":NaN");
    }

    // --- one dossier ----------------------------------------------------------------------------

    @Test
    void aDossierComesWithItsClassificationAndLatenessButWithoutTheApplicant() throws Exception {
        loadFour();
        JsonNode late = body(asUser(get("/api/v1/dossiers/API-LATE"), "admin").andExpect(status().isOk()));
        assertThat(late.at("/classification/timing").asString()).isEqualTo("LATE");
        assertThat(late.at("/classification/openTiming").isNull()).isTrue();
        assertThat(late.at("/classification/workingDaysLate").asInt()).isEqualTo(2);
        assertThat(late.at("/handlingUnit/code").asString()).isEqualTo("96.TEST");
        assertThat(late.at("/procedure/code").asString()).isEqualTo("9.999999");
        assertThat(late.at("/state").asString()).isEqualTo("RESOLVED");
        String text = late.toString();
        assertThat(text).doesNotContain("Nguyễn", "0912345678", "applicant");
        // one flat object in the documented order, whatever sections the record is built from
        assertThat(names(late)).containsExactly("code", "procedure", "handlingUnit", "receivingUnit", "channel",
                "state", "stateCode", "classification", "receivedAt", "appointmentDate", "dueDate", "resolvedAt",
                "returnedAt", "finishedAt", "hasFee", "paidOnline", "digitised", "returnedHome", "rating",
                "handlingOfficer", "responsible", "steps", "lateRisk");

        JsonNode overdue = body(asUser(get("/api/v1/dossiers/API-OVERDUE"), "admin").andExpect(status().isOk()));
        assertThat(overdue.at("/classification/openTiming").asString()).isEqualTo("OVERDUE");
        assertThat(overdue.at("/classification/timing").isNull()).isTrue();
        assertThat(overdue.at("/classification/workingDaysLate").asInt()).isEqualTo(3);
    }

    @Test
    void aDossierOutsideTheScopeIsNotFoundLikeAnUnknownOne() throws Exception {
        loadFour();
        asUser(get("/api/v1/dossiers/API-LATE"), "lanhdao.anxuyen")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("not_found"));
        asUser(get("/api/v1/dossiers/NO-SUCH-CODE"), "admin")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("not_found"));
    }
}
