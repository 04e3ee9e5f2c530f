package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.MONTHLY_REPORT;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly reports screen in a real browser: the province's leader writes last month's report and
 * finds it listed with its two downloads. Screenshots at a desktop's and a phone's size go to
 * target/e2e. Tagged "browser", like {@link OverviewBrowserTest}.
 */
class MonthlyReportsBrowserTest extends BrowserTest {

    @Autowired
    DSLContext dsl;

    @AfterEach
    void noReports() {
        dsl.deleteFrom(MONTHLY_REPORT).execute();
    }

    /** How far the reports grid could scroll sideways, in pixels. */
    private long sideways() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "const t = document.querySelector('vaadin-grid').shadowRoot.querySelector('#table');"
                        + " return t.scrollWidth - t.clientWidth;")).longValue();
    }

    @Test
    void aLeaderWritesLastMonthsReportAndSeesItListed() throws Exception {
        browser.manage().window().setSize(new Dimension(1440, 900));
        signInAt("/monthly-reports", "lanhdao.tinh");
        wait.until(d -> pageText().contains("Lập báo cáo"));
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Lập báo cáo')]")).click();
        wait.until(d -> pageText().contains("/BC-96"));
        screenshot("monthly-reports-1440");
        assertThat(pageText()).contains("Báo cáo tháng", "Tỉnh Cà Mau", "PDF", "DOCX", "Nguyễn Văn Tỉnh");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(d -> pageText().contains("/BC-96"));
        // a card per report with its files beside it: the grid does not scroll sideways on a phone
        wait.until(d -> sideways() <= 1);
        assertThat(pageText()).contains("Tỉnh Cà Mau", "PDF", "DOCX");
        screenshot("monthly-reports-390");
    }
}
