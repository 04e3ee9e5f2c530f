package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A signed-in leader's overview is two requests: the page carries the UI and the view the server built for
 * it, and the router's navigation that follows does not build the view again ({@code OverviewWithItsPage}).
 * A page with a grid on its first screen, and the login page, open to anyone, make no UI until the browser
 * asks for one. Spoken at the protocol level
 * ({@link FlowClient}, the load test's leader), in the browser tests' JVM and application (a signed-in
 * Vaadin session over real HTTP; the pages themselves are drawn by chromium in the browser tests).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.embedded-db.dir=target/embedded-mariadb-browser")
@ActiveProfiles("test")
class SignedInPageLoadTest {

    @LocalServerPort
    int port;

    @Test
    void aSignedInPageCarriesItsViewAndTheNavigationAfterItDoesNotBuildItAgain() {
        FlowClient leader = new FlowClient(port);
        leader.signIn("lanhdao.tinh", "demo");

        FlowClient.PageLoad load = leader.open("overview", "", List.of("kpi-card", "\"echarts-chart\""));

        assertThat(load.init()).as("no init request: the page made the UI").isNull();
        assertThat(load.page().body()).contains("window.Vaadin.TypeScript= {\"initial\":").contains("kpi-card");
        // the router's navigation to where the UI already is: answered without the view
        assertThat(load.navigation().body()).doesNotContain("kpi-card").doesNotContain("echarts-chart");
        assertThat(load.navigation().body().length()).isLessThan(1_000);

        // in-app navigation in that UI still builds the view asked for
        FlowClient.Answer drill = leader.navigate("overview", "unit=100", List.of("kpi-card"));
        assertThat(drill.body()).contains("echarts-chart");
        leader.leave();
    }

    @Test
    void aLeadersHomeIsTheOverviewAndComesWithItsPageToo() {
        FlowClient leader = new FlowClient(port);
        leader.signIn("lanhdao.tinh", "demo");

        FlowClient.PageLoad load = leader.open("", "", List.of("kpi-card", "\"echarts-chart\""));

        assertThat(load.init()).isNull();
        // the home forwarded to the overview in the page; the router's navigation to "" does not build it again
        assertThat(load.navigation().body()).doesNotContain("kpi-card");
        assertThat(load.navigation().body().length()).isLessThan(1_000);
        leader.leave();
    }

    @Test
    void aDeskOfficersHomeLoadsAsBefore() {
        FlowClient officer = new FlowClient(port);
        officer.signIn("motcua.anxuyen", "demo");

        FlowClient.PageLoad load = officer.open("", "", List.of("home-work"));

        // their home is their work, its lists among it: the router's navigation builds it
        assertThat(load.init()).isNotNull();
        assertThat(load.page().body()).doesNotContain("\"initial\":");
        officer.leave();
    }

    @Test
    void aPageWithAGridOnItsFirstScreenLoadsAsBefore() {
        FlowClient leader = new FlowClient(port);
        leader.signIn("lanhdao.tinh", "demo");

        FlowClient.PageLoad load = leader.open("alerts", "", List.of("vaadin-grid"));

        assertThat(load.init()).as("the UI made by Flow's init request").isNotNull();
        assertThat(load.page().body()).doesNotContain("\"initial\":");
        leader.leave();
    }

    @Test
    void theLoginPageMakesNoUiForWhoeverFetchesIt() {
        FlowClient.Answer login = new FlowClient(port).page("/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("<html").contains("window.Vaadin.TypeScript= {};")
                .doesNotContain("\"initial\":");
    }
}
