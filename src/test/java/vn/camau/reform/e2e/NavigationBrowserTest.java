package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The side navigation in a browser: its items are written as HTML by the layout (one state node for
 * the menu), so this checks what the items' components did before: the entries shown, the current
 * route marked and moving with the route, a link followed by the keyboard, and the phone's drawer.
 * Screenshots in target/e2e (desk-nav, desk-nav-alerts, phone-nav-drawer, phone-nav-alerts).
 */
class NavigationBrowserTest extends BrowserTest {

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void size(int width, int height, boolean mobile) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    @SuppressWarnings("unchecked")
    private List<String> current() {
        return (List<String>) js("return [...document.querySelectorAll('vaadin-side-nav-item[current]')]"
                + ".map(i => i.getAttribute('path'));");
    }

    private boolean shown(String text) {
        return Boolean.TRUE.equals(js("return [...document.querySelectorAll('vaadin-side-nav-item')]"
                + ".some(i => i.textContent.trim().startsWith(arguments[0]) && i.getBoundingClientRect().width > 0"
                + " && i.shadowRoot.querySelector('a[href]') != null);", text));
    }

    @Test
    void theMenuMarksTheCurrentScreenAndItsLinksWorkByKeyboardAtTheDeskAndInThePhonesDrawer() throws Exception {
        size(1440, 900, false);
        signInAt("/", "admin");
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-side-nav-item")).isEmpty());
        wait.until(d -> current().equals(List.of("")));
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item"))).hasSize(16);
        assertThat(shown("Cảnh báo trễ hạn")).isTrue();
        // every item has its icon, drawn
        assertThat(js("return [...document.querySelectorAll('vaadin-side-nav-item')].every(i =>"
                + " i.querySelector('vaadin-icon[slot=prefix]')?.shadowRoot?.querySelector('svg') != null);"))
                .isEqualTo(true);
        screenshot("desk-nav");

        // the keyboard: focus the alerts' link and press Enter; the router opens it and the mark moves
        js("document.querySelector('vaadin-side-nav-item[path=\"alerts\"]').shadowRoot.querySelector('a').focus();");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(d -> d.getCurrentUrl().endsWith("/alerts") && current().equals(List.of("alerts")));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid")).isEmpty());
        // the page was not reloaded: the same side nav element is still there (router navigation)
        wait.until(d -> ((Number) js("return document.querySelector('vaadin-grid').shadowRoot"
                + ".querySelectorAll('tbody#items tr:not([hidden])').length;")).longValue() > 0);
        assertThat(gridColumnsOutOfLine()).as("the alerts' headers over their columns").isEmpty();
        screenshot("desk-nav-alerts");

        // a phone: the menu is in the drawer, opened by the toggle; a tap opens the screen
        size(390, 844, true);
        browser.navigate().refresh();
        wait.until(d -> current().equals(List.of("alerts")));
        browser.findElement(By.cssSelector("vaadin-drawer-toggle")).click();
        wait.until(d -> d.findElement(By.cssSelector("vaadin-app-layout")).getAttribute("drawer-opened") != null);
        wait.until(d -> shown("Lịch làm việc"));
        Thread.sleep(500); // the drawer's slide-in animation, for the screenshot
        screenshot("phone-nav-drawer");
        js("document.querySelector('vaadin-side-nav-item[path=\"calendar\"]').shadowRoot.querySelector('a').click();");
        wait.until(d -> d.getCurrentUrl().endsWith("/calendar") && current().equals(List.of("calendar")));
        Thread.sleep(500);
        screenshot("phone-nav-calendar");
    }
}
