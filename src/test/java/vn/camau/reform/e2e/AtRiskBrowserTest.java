package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.camau.reform.TestLogins;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dossier.risk.LateRiskScoring;
import vn.camau.reform.dossier.risk.TestRiskHistory;

/**
 * The alerts' "Nguy cơ trễ hạn" tab in a real browser, at the desk (1440×900) and on a phone (390×844):
 * the risky dossier with its percentage, its reason in words and the early apology button; on the phone
 * as a card, without sideways scrolling. Screenshots desk-at-risk and phone-at-risk in target/e2e.
 */
class AtRiskBrowserTest extends BrowserTest {

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendar;
    @Autowired
    LateRiskScoring scoring;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @BeforeEach
    void history() {
        testDossiers.reset();
        LocalDate today = LocalDate.now(clock);
        TestLogins.as(users, "admin", () -> TestRiskHistory.load(writer, calendar.calendar(), today));
        scoring.refresh(today);
    }

    @AfterEach
    void cleanUp() {
        testDossiers.removeAll();
        scoring.refresh(LocalDate.now(clock));
    }

    private void size(int width, int height, boolean mobile) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }

    private void openTab() {
        browser.get("http://localhost:" + port + "/alerts?tab=risk&unit=" + TestDossiers.AGENCY);
        wait.until(d -> pageText().contains("T-RISK-HIGH"));
    }

    @Test
    void theRiskyDossierShowsWithItsReasonAtTheDeskAndOnAPhone() throws Exception {
        size(1440, 900, false);
        signInAt("/alerts?tab=risk&unit=" + TestDossiers.AGENCY, "lanhdao.tinh");
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        openTab();
        String text = pageText();
        assertThat(text).contains("Nguy cơ trễ hạn", "50%", "thường mất 4 ngày làm việc; còn 2 ngày",
                "Lập phiếu xin lỗi sớm").doesNotContain("T-RISK-LOW");
        assertThat(browser.findElement(By.id("at-risk-tab")).getAttribute("selected")).isNotNull();
        assertThat(gridColumnsOutOfLine()).as("headers over their columns").isEmpty();
        screenshot("desk-at-risk");

        size(390, 844, true);
        openTab();
        assertThat(number("return document.documentElement.scrollWidth;"))
                .isLessThanOrEqualTo(number("return window.innerWidth;"));
        assertThat(pageText()).contains("50%", "Lập phiếu xin lỗi sớm");
        screenshot("phone-at-risk");
    }
}
