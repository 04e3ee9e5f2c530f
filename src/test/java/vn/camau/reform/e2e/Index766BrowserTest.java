package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The 766 view in a real browser, as the province leader: at the desk (1440×900) the cards, the trend
 * chart and the ranking; on a phone (390×844) the cards in one column, the ranking as cards, nothing
 * sideways. Screenshots in target/e2e (index766-desk, index766-desk-ranking, index766-desk-indicators, index766-phone, index766-phone-ranking,
 * index766-phone-indicators).
 */
class Index766BrowserTest extends BrowserTest {

    private static final String PAGE = "/index766?period=YEAR&from=2025-01-01&to=2025-12-31";

    private void size(int width, int height, boolean mobile) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private long number(String script, Object... args) {
        return ((Number) js(script, args)).longValue();
    }

    private void chartDrawn() {
        wait.until(d -> d.findElements(By.cssSelector("echarts-chart[data-rendered='true']")).size() == 1);
    }

    @Test
    void theProvinceLeaderReadsThe766ViewAtTheDeskAndOnAPhone() throws Exception {
        size(1440, 900, false);
        signInAt(PAGE, "lanhdao.tinh");
        wait.until(d -> d.getCurrentUrl().contains("/index766"));
        chartDrawn();
        String text = pageText();
        assertThat(text).contains("Chỉ số phục vụ người dân, doanh nghiệp – Tỉnh Cà Mau", "Tổng điểm",
                "Tiến độ giải quyết", "Xếp hạng đơn vị", "/ 68,00").doesNotContain("index766.");
        // six groups and the total on one or two rows at the desk
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) js("return [...document.querySelectorAll('.index766-cards .kpi-card')]"
                + ".map(c => c.getBoundingClientRect().top);");
        assertThat(tops).hasSize(7);
        assertThat(tops.stream().map(Number::longValue).distinct().count()).isLessThanOrEqualTo(2);
        screenshot("index766-desk");
        js("document.querySelector('vaadin-grid.index766-ranking').scrollIntoView();");
        wait.until(d -> number("return document.querySelector('vaadin-grid.index766-ranking')"
                + ".querySelectorAll('vaadin-grid-cell-content').length;") > 30);
        assertThat(gridColumnsOutOfLine()).as("the ranking's headers over their columns").isEmpty();
        screenshot("index766-desk-ranking");
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Chỉ số thành phần')]")).click();
        wait.until(d -> number("const g = document.querySelector('vaadin-grid.index766-indicators');"
                + "return g ? g.querySelectorAll('vaadin-grid-cell-content').length : 0;") > 100);
        js("document.querySelector('vaadin-grid.index766-indicators').scrollIntoView();");
        assertThat(gridColumnsOutOfLine()).as("the indicators' headers over their columns").isEmpty();
        screenshot("index766-desk-indicators");

        size(390, 844, true);
        browser.navigate().refresh();
        chartDrawn();
        assertThat(number("return window.innerWidth;")).isEqualTo(390);
        assertThat(number("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(390);
        // the cards in one column, each within the screen
        @SuppressWarnings("unchecked")
        List<List<Number>> boxes = (List<List<Number>>) js("return [...document.querySelectorAll("
                + "'.index766-cards .kpi-card')].map(c => { const r = c.getBoundingClientRect(); "
                + "return [r.left, r.right]; });");
        assertThat(boxes).hasSize(7);
        assertThat(boxes.stream().map(b -> b.get(0).longValue()).distinct().count()).isEqualTo(1);
        assertThat(boxes).allMatch(b -> b.get(1).doubleValue() <= 390);
        assertThat(number("return document.querySelector('echarts-chart').getBoundingClientRect().right;"))
                .isLessThanOrEqualTo(390);
        screenshot("index766-phone");
        js("document.querySelector('vaadin-grid.index766-ranking').scrollIntoView();");
        wait.until(d -> number("return document.querySelectorAll('vaadin-grid-cell-content .phone-card').length;")
                > 0);
        assertThat(number("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(390);
        screenshot("index766-phone-ranking");
        // the sub-indicators as cards too: name, score out of the maximum, the ratio and the formula
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Chỉ số thành phần')]")).click();
        wait.until(d -> number("return [...document.querySelectorAll('vaadin-grid.index766-indicators "
                + "vaadin-grid-cell-content .phone-card')].filter(e => e.getBoundingClientRect().height > 0).length;")
                > 0);
        js("document.querySelector('vaadin-grid.index766-indicators').scrollIntoView();");
        assertThat(number("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(390);
        screenshot("index766-phone-indicators");
    }
}
