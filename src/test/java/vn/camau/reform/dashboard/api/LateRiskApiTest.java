package vn.camau.reform.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.apology.ApologyState;
import vn.camau.reform.apology.DeliveryChannel;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dossier.risk.LateRiskScoring;
import vn.camau.reform.dossier.risk.TestRiskHistory;

/** The early warning in the read API: lateRisk on a dossier, and the at-risk list in the caller's scope. */
@AppTest
@Transactional // MockMvc runs on the test thread: what the test wrote rolls back
class LateRiskApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendar;
    @Autowired
    UserDetailsService users;
    @Autowired
    LateRiskScoring scoring;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TestDossiers.ensureReferenceData(context.getBean(org.jooq.DSLContext.class));
        LocalDate today = LocalDate.now(clock);
        TestLogins.loginAs(users, "admin");
        TestRiskHistory.load(writer, calendar.calendar(), today);
        TestLogins.logout();
        scoring.refresh(today);
    }

    private ResultActions asUser(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(httpBasic(username, "demo")));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aDossierAtRiskCarriesItsProbabilityAndReason() throws Exception {
        JsonNode high = body(asUser(get("/api/v1/dossiers/T-RISK-HIGH"), "lanhdao.tinh").andExpect(status().isOk()));
        assertThat(high.at("/lateRisk/probability").asDouble()).isEqualTo(0.5);
        assertThat(high.at("/lateRisk/reason").asString())
                .startsWith("Bước “" + TestRiskHistory.APPRAISAL + "” thường mất 4 ngày làm việc; còn 2 ngày");
        assertThat(high.at("/lateRisk/workingDaysLeft").asInt()).isEqualTo(2);
        assertThat(high.at("/lateRisk/basis").asString()).isEqualTo("UNIT");
        // too little history: no figure, and says so
        JsonNode fresh = body(asUser(get("/api/v1/dossiers/T-RISK-NEW"), "lanhdao.tinh").andExpect(status().isOk()));
        assertThat(fresh.at("/lateRisk/probability").isNull()).isTrue();
        assertThat(fresh.at("/lateRisk/reason").asString()).startsWith("Chưa đủ lịch sử");
        // below the threshold, or finished: null
        JsonNode low = body(asUser(get("/api/v1/dossiers/T-RISK-LOW"), "lanhdao.tinh").andExpect(status().isOk()));
        assertThat(low.get("lateRisk").isNull()).isTrue();
        JsonNode done = body(asUser(get("/api/v1/dossiers/T-RISK-H0"), "lanhdao.tinh").andExpect(status().isOk()));
        assertThat(done.get("lateRisk").isNull()).isTrue();
    }

    @Test
    void theAtRiskListIsTheUnitsRiskiestFirst() throws Exception {
        JsonNode list = body(asUser(get("/api/v1/at-risk").param("unit", "96.TEST"), "lanhdao.tinh")
                .andExpect(status().isOk()));
        assertThat(list.at("/unit/code").asString()).isEqualTo("96.TEST");
        assertThat(list.at("/threshold").asDouble()).isEqualTo(0.5);
        assertThat(list.at("/total").asInt()).isEqualTo(1);
        List<String> codes = new ArrayList<>();
        list.get("dossiers").forEach(d -> codes.add(d.get("code").asString()));
        assertThat(codes).containsExactly("T-RISK-HIGH");
        assertThat(list.at("/dossiers/0/lateRisk/probability").asDouble()).isEqualTo(0.5);
        // the province-wide list, as the province leader's own unit, holds it too
        JsonNode province = body(asUser(get("/api/v1/at-risk"), "lanhdao.tinh").andExpect(status().isOk()));
        assertThat(province.at("/total").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theAtRiskListNamesTheStateOfAnApologyStartedEarly() throws Exception {
        JsonNode none = body(asUser(get("/api/v1/at-risk").param("unit", "96.TEST"), "lanhdao.tinh"));
        assertThat(none.at("/dossiers/0/apologyState").isNull()).isTrue();
        var dsl = context.getBean(org.jooq.DSLContext.class);
        long admin = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("admin")).fetchSingle(APP_USER.ID);
        var high = dsl.select(DOSSIER.ID, DOSSIER.DUE_DATE).from(DOSSIER).where(DOSSIER.CODE.eq("T-RISK-HIGH"))
                .fetchSingle();
        dsl.insertInto(APOLOGY).set(APOLOGY.DOSSIER_ID, high.value1()).set(APOLOGY.UNIT_ID, TestDossiers.AGENCY)
                .set(APOLOGY.STATE, ApologyState.APPROVED).set(APOLOGY.DECLARED_LATE, true)
                .set(APOLOGY.REASON, "Thẩm định chậm").set(APOLOGY.ORIGINAL_DUE_DATE, high.value2())
                .set(APOLOGY.NEW_DUE_DATE, high.value2().plusDays(5)).set(APOLOGY.CHANNEL, DeliveryChannel.DESK)
                .set(APOLOGY.CREATED_BY, admin).set(APOLOGY.CREATED_AT, high.value2().atStartOfDay()).execute();
        JsonNode started = body(asUser(get("/api/v1/at-risk").param("unit", "96.TEST"), "lanhdao.tinh"));
        assertThat(started.at("/dossiers/0/code").asString()).isEqualTo("T-RISK-HIGH");
        assertThat(started.at("/dossiers/0/apologyState").asString()).isEqualTo("APPROVED");
    }

    @Test
    void badInputAndOtherScopesAreRefused() throws Exception {
        asUser(get("/api/v1/at-risk").param("unit", "no-such-unit"), "lanhdao.tinh")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("unknown_unit"));
        asUser(get("/api/v1/at-risk").param("limit", "0"), "lanhdao.tinh")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("invalid_parameter"));
        asUser(get("/api/v1/at-risk").param("offset", "x"), "lanhdao.tinh")
                .andExpect(status().isBadRequest());
        // a commune leader asking for the agency: outside their scope
        asUser(get("/api/v1/at-risk").param("unit", "96.TEST"), "lanhdao.anxuyen")
                .andExpect(status().is4xxClientError());
        JsonNode own = body(asUser(get("/api/v1/at-risk"), "lanhdao.anxuyen").andExpect(status().isOk()));
        own.get("dossiers").forEach(d -> assertThat(d.get("code").asString()).doesNotStartWith("T-RISK"));
        asUser(get("/api/v1/dossiers/T-RISK-HIGH"), "lanhdao.anxuyen").andExpect(status().isNotFound());
    }
}
