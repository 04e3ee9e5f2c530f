package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The real thing in a real browser: Debian's chromium (through its chromedriver, so nothing is
 * downloaded) signs a province leader in and waits until the overview's ECharts have drawn.
 * Tagged "browser": .ci/run installs chromium and runs it ({@code -Dbrowser.skip=false}); a plain
 * {@code ./mvnw verify} leaves it out.
 */
class OverviewBrowserTest extends BrowserTest {

    @Test
    void aProvinceLeaderSignsInAndTheOverviewChartsDraw() throws Exception {
        // a desk's first screen, as the load test's leaders have it
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1440, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        signInAt("/", "lanhdao.tinh");

        wait.until(d -> d.getCurrentUrl().contains("/overview"));
        wait.until(d -> d.findElements(By.cssSelector("echarts-chart[data-rendered='true']")).size() == 4);

        screenshot("overview");
        List<WebElement> charts = browser.findElements(By.cssSelector("echarts-chart"));
        assertThat(charts).hasSize(4);
        for (WebElement chart : charts) {
            assertThat(Integer.parseInt(chart.getDomAttribute("data-series-count"))).isPositive();
            // A drawn chart is a canvas with pixels, not an empty box
            Long width = (Long) ((JavascriptExecutor) browser).executeScript(
                    "const c = arguments[0].shadowRoot.querySelector('canvas'); return c ? c.width : 0;", chart);
            assertThat(width).isPositive();
        }
        String text = pageText();
        assertThat(text).contains("Tỷ lệ đúng hạn (hồ sơ đã giải quyết)").contains("Tỉnh Cà Mau");
        // no label drawn over another: an axis's corner, a slice's label and the title, a legend and its pager
        assertThat(chartLabelsThatCollide()).isEmpty();

        // the units grid lies below the first screen and is not built with it; scrolled to, it is built
        assertThat(number("return document.querySelector('.built-when-near').getBoundingClientRect().top;"))
                .as("the units' box starts below the first screen").isGreaterThan(900);
        assertThat(browser.findElements(By.cssSelector("vaadin-tabsheet vaadin-grid"))).isEmpty();
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('vaadin-tabsheet').scrollIntoView({block: 'start'});");
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-tabsheet vaadin-grid")).isEmpty());
        screenshot("overview-units");

        // a rate cell's hover: the formula comes from the column's template, the counts from the row, and the
        // browser joins them (the words escaped for the template literal reach the page as written)
        wait.until(d -> !rateTitles().isEmpty());
        assertThat(rateTitles()).allSatisfy(title -> assertThat(title)
                .matches("Tỷ lệ đúng hạn \\(hồ sơ đã giải quyết\\) = \\(trước hạn \\+ đúng hạn\\) ÷ .*: [0-9.]+ ÷ [0-9.]+.*"));
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> rateTitles() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('vaadin-grid-cell-content span[title]')]"
                        + ".map(s => s.title).filter(t => t.startsWith('Tỷ lệ đúng hạn (hồ sơ đã giải quyết) ='));");
    }
}
