package vn.camau.reform.dashboard.index766.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.dashboard.index766.BoardRow;
import vn.camau.reform.dashboard.index766.Index766Board;
import vn.camau.reform.dashboard.index766.IndexBoard;

/** {@code GET /api/v1/index766}: the board's figures through the real filter chain, bad input, scope, roles. */
@AppTest
class Index766ApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Index766Board board;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private ResultActions call(String user, String... params) throws Exception {
        var request = get("/api/v1/index766").with(httpBasic(user, "demo"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private JsonNode body(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString());
    }

    private IndexBoard boardAs(String user, Period period) {
        TestLogins.loginAs(users, user);
        try {
            return board.board(null, period, UnitStructure.CURRENT);
        } finally {
            TestLogins.logout();
        }
    }

    @Test
    void theProvinceLeaderGetsTheBoardsFigures() throws Exception {
        IndexBoard b = boardAs("lanhdao.tinh", Period.year(2025));
        JsonNode answer = body(call("lanhdao.tinh", "period", "2025").andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value("96"))
                .andExpect(jsonPath("$.period.period").value("2025"))
                .andExpect(jsonPath("$.period.kind").value("YEAR"))
                .andExpect(jsonPath("$.previousPeriod.period").value("2024"))
                .andExpect(jsonPath("$.ruleSet.code").value("QD766-2022"))
                .andExpect(jsonPath("$.index.groups.length()").value(6))
                .andExpect(jsonPath("$.trend.length()").value(3)));
        assertThat(answer.path("index").path("total").decimalValue()).isEqualByComparingTo(b.index().total());
        assertThat(answer.path("index").path("max").decimalValue()).isEqualByComparingTo("68"); // 100 less the 32 points not computable here (V32)
        assertThat(answer.path("change").decimalValue()).isEqualByComparingTo(b.change());
        // the change compares shares of each period's own maximum, which the answer gives beside it
        assertThat(answer.path("previousMax").decimalValue()).isEqualByComparingTo(b.previous().max());
        assertThat(answer.path("conventions").path("change").asString()).contains("percentage points");

        JsonNode progress = answer.path("index").path("groups").get(1).path("indicators").get(0);
        var s = b.index().groups().get(1).indicators().getFirst();
        assertThat(progress.path("code").asString()).isEqualTo("RESOLVED_ON_TIME");
        assertThat(progress.path("numerator").asLong()).isEqualTo(s.ratio().numerator());
        assertThat(progress.path("denominator").asLong()).isEqualTo(s.ratio().denominator());
        assertThat(progress.path("score").decimalValue()).isEqualByComparingTo(s.score());
        assertThat(progress.path("formula").asString()).contains("đã tiếp nhận", " / ", "received");
        JsonNode published = answer.path("index").path("groups").get(0).path("indicators").get(0);
        assertThat(published.path("score").isNull()).isTrue();
        assertThat(published.path("note").asString()).startsWith("Cần dữ liệu công bố");

        List<String> codes = new ArrayList<>();
        answer.path("units").forEach(u -> codes.add(u.path("unit").path("code").asString()));
        assertThat(codes).containsExactlyElementsOf(b.rows().stream().map(r -> r.unit().code()).toList());
        BoardRow worst = b.rows().getFirst();
        JsonNode first = answer.path("units").get(0);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("total").decimalValue()).isEqualByComparingTo(worst.index().total());
        assertThat(first.path("change").isNull() ? null : first.path("change").decimalValue())
                .usingComparator((x, y) -> x == null || y == null ? (x == y ? 0 : 1) : ((BigDecimal) x).compareTo(y))
                .isEqualTo(worst.change());
    }

    @Test
    void aQuarterAndAMonthAreRead() throws Exception {
        call("lanhdao.tinh", "period", "2025-q2").andExpect(status().isOk())
                .andExpect(jsonPath("$.period.kind").value("QUARTER"))
                .andExpect(jsonPath("$.period.from").value("2025-04-01"))
                .andExpect(jsonPath("$.trend.length()").value(10));
        call("lanhdao.tinh", "period", "2025-07", "unit", "32002").andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.name").value("Phường An Xuyên"))
                .andExpect(jsonPath("$.trend.length()").value(12));
    }

    @Test
    void badPeriodsAreRefusedWithDetails() throws Exception {
        call("lanhdao.tinh").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("missing_parameter"))
                .andExpect(jsonPath("$.details[0].parameter").value("period"));
        call("lanhdao.tinh", "period", "2025-13").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_parameter"))
                .andExpect(jsonPath("$.details[0].value").value("2025-13"))
                .andExpect(jsonPath("$.details[0].expected").value(Index766ApiController.PERIOD_FORMAT));
        int next = boardAs("lanhdao.tinh", Period.year(2025)).asOf().getYear() + 2;
        JsonNode future = body(call("lanhdao.tinh", "period", String.valueOf(next)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_period")));
        assertThat(future.path("message").asString()).contains("chưa bắt đầu", "has not begun");
        JsonNode early = body(call("lanhdao.tinh", "period", "2022-12").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_period")));
        assertThat(early.path("message").asString()).contains("01/01/2023");
        call("lanhdao.tinh", "period", "2025", "structure", "OLD").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.details[0].parameter").value("structure"));
    }

    @Test
    void scopeAndRolesAreThoseOfTheRestOfTheApi() throws Exception {
        call("lanhdao.anxuyen", "period", "2025", "unit", "96").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("out_of_scope"));
        call("lanhdao.anxuyen", "period", "2025").andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value("32002"));
        call("lanhdao.tinh", "period", "2025", "unit", "99999").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("unknown_unit"));
        call("nhansu", "period", "2025").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        call("thanhtra", "period", "2025").andExpect(status().isOk());
    }
}
