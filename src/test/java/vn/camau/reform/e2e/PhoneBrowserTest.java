package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.APOLOGY;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The leader's screens on a phone (390×844) and at the desk (1440×900), in one browser session to keep
 * the run short: no sideways scrolling, filters folded behind one button, rows in the first screen,
 * the period selector and title fitting; at 1440 px the alerts' urge button in sight without scrolling.
 * Screenshots are left in target/e2e (phone-overview, phone-alerts, desk-alerts) for a person to look at.
 */
class PhoneBrowserTest extends BrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @org.springframework.beans.factory.annotation.Autowired
    DSLContext dsl;

    /** The page as a phone shows it: Chrome's device emulation, the same as its DevTools' phone view. */
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

    private void noSidewaysScrolling() {
        long scrollWidth = number("return document.documentElement.scrollWidth;");
        long innerWidth = number("return window.innerWidth;");
        assertThat(scrollWidth).as("document.scrollWidth ≤ innerWidth on " + browser.getCurrentUrl())
                .isLessThanOrEqualTo(innerWidth);
    }

    /**
     * What sticks out past the screen's right edge, as "element "text" right=…", outermost only. The page's
     * own scroll width misses it (the app layout clips its content): the hotline overview's header stood 509 px
     * wide on a 390 px phone, its title a word a line, and nothing scrolled. Grids, charts and tabs scroll
     * on their own and are not counted.
     */
    @SuppressWarnings("unchecked")
    private List<String> outOfTheScreen() {
        return (List<String>) js("""
                const width = window.innerWidth, out = [];
                for (const el of document.querySelectorAll('vaadin-app-layout *')) {
                  if (el.closest('vaadin-grid, [slot=drawer], echarts-chart, vaadin-tabs')) continue;
                  const r = el.getBoundingClientRect();
                  if (r.width === 0 || r.right <= width + 1 || out.some(o => o.el.contains(el))) continue;
                  out.push({ el, text: el.tagName.toLowerCase() + ' "' + (el.innerText || '').trim().slice(0, 40)
                      .replace(/\\s+/g, ' ') + '" right=' + Math.round(r.right) });
                }
                return out.map(o => o.text);""");
    }

    @Test
    void theOverviewAndAlertsFitAPhoneAndTheUrgeButtonIsInSightAtTheDesk() throws Exception {
        size(PHONE_WIDTH, PHONE_HEIGHT, true);
        signInAt("/", "lanhdao.tinh");
        wait.until(d -> d.getCurrentUrl().contains("/overview"));
        wait.until(d -> d.findElements(By.cssSelector("echarts-chart[data-rendered='true']")).size() == 4);
        assertThat(number("return window.innerWidth;")).isEqualTo(PHONE_WIDTH);
        noSidewaysScrolling();
        // every chart is drawn within the screen's width
        for (var chart : browser.findElements(By.cssSelector("echarts-chart"))) {
            assertThat(number("return arguments[0].getBoundingClientRect().right;", chart))
                    .isLessThanOrEqualTo(PHONE_WIDTH);
        }
        // and within it no label is drawn over another (the narrow screen crowds them most)
        assertThat(chartLabelsThatCollide()).isEmpty();
        // the unit's name is a heading on one or two lines, not a word per line
        long titleHeight = number("return [...document.querySelectorAll('.overview-title h2')][0]"
                + ".getBoundingClientRect().height;");
        assertThat(titleHeight).isLessThan(80);
        // the period selector's fields stay on the screen
        for (var field : browser.findElements(By.cssSelector(".period-selector > *"))) {
            assertThat(number("return arguments[0].getBoundingClientRect().right;", field))
                    .isLessThanOrEqualTo(PHONE_WIDTH);
        }
        screenshot("phone-overview");
        // the breakdown's tabs wrap within the screen: none hides behind a sideways scroll
        @SuppressWarnings("unchecked")
        List<Number> tabs = (List<Number>) js("const t = document.querySelector('vaadin-tabsheet vaadin-tabs');"
                + "t.scrollIntoView(); const p = t.shadowRoot.querySelector('[part=tabs]');"
                + "const rights = [...t.querySelectorAll('vaadin-tab')].map(e => e.getBoundingClientRect().right);"
                + "return [p.scrollWidth, p.clientWidth, Math.max(...rights), rights.length];");
        assertThat(tabs.get(3).intValue()).as("the overview's breakdown tabs").isGreaterThanOrEqualTo(3);
        assertThat(tabs.get(0).longValue()).as("the tabs' scroll width ≤ their width").isLessThanOrEqualTo(
                tabs.get(1).longValue());
        assertThat(tabs.get(2).doubleValue()).as("the last tab's right edge").isLessThanOrEqualTo(PHONE_WIDTH);
        noSidewaysScrolling();
        // the units below the tabs are built once scrolled near, and come as cards
        wait.until(d -> number("return document.querySelectorAll('vaadin-tabsheet vaadin-grid-cell-content .phone-card')"
                + ".length;") > 0);
        noSidewaysScrolling();
        screenshot("phone-overview-tabs");

        browser.get("http://localhost:" + port + "/alerts");
        wait.until(d -> number("return document.querySelectorAll('vaadin-grid-cell-content .phone-card').length;")
                > 0);
        noSidewaysScrolling();
        // the filters are folded behind one button that says what is filtered
        assertThat(js("return getComputedStyle(document.querySelector('.filter-fold-body')).display;"))
                .isEqualTo("none");
        assertThat(browser.findElement(By.cssSelector(".filter-fold-toggle")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".filter-fold-toggle")).getText()).startsWith("Bộ lọc");
        // the first alert is a card in the first screen
        @SuppressWarnings("unchecked")
        List<Number> card = (List<Number>) js("const c = [...document.querySelectorAll("
                + "'vaadin-grid-cell-content .phone-card')].find(e => e.getBoundingClientRect().height > 0);"
                + "const r = c.getBoundingClientRect(); return [r.top, r.bottom, r.right];");
        assertThat(card.get(0).doubleValue()).isLessThan(PHONE_HEIGHT / 2.0);
        assertThat(card.get(1).doubleValue()).isLessThanOrEqualTo(PHONE_HEIGHT);
        assertThat(card.get(2).doubleValue()).isLessThanOrEqualTo(PHONE_WIDTH);
        noEmptyHeaderAboveTheCards();
        // a leader's card names lead where the desk's grid leads them: the unit to its figures
        assertThat(js("const a = [...document.querySelectorAll('vaadin-grid-cell-content .phone-card a.unit-link')]"
                + ".find(e => e.getBoundingClientRect().width > 0); return a ? a.getAttribute('href') : 'no link';"))
                .asString().startsWith("overview?unit=");
        screenshot("phone-alerts");
        tapANameAndLandOnItsPage("vaadin-grid-cell-content .phone-card a.unit-link");
        browser.get("http://localhost:" + port + "/alerts");
        wait.until(d -> number("return document.querySelectorAll('vaadin-grid-cell-content .phone-card').length;")
                > 0);
        browser.findElement(By.cssSelector(".filter-fold-toggle")).click();
        wait.until(d -> !"none".equals(js("return getComputedStyle(document.querySelector('.filter-fold-body'))"
                + ".display;")));

        size(1440, 900, false);
        browser.get("http://localhost:" + port + "/alerts");
        wait.until(d -> number("return [...document.querySelectorAll('vaadin-grid-cell-content vaadin-button')]"
                + ".filter(b => b.textContent.includes('Đôn đốc') && b.getBoundingClientRect().width > 0).length;")
                > 0);
        noSidewaysScrolling();
        assertThat(browser.findElement(By.cssSelector(".filter-fold-body")).isDisplayed()).isTrue();
        // the first row's urge button lies inside the grid's visible width: no scrolling needed to reach it
        @SuppressWarnings("unchecked")
        List<Number> urge = (List<Number>) js("const b = [...document.querySelectorAll("
                + "'vaadin-grid-cell-content vaadin-button')].find(b => b.textContent.includes('Đôn đốc')"
                + " && b.getBoundingClientRect().width > 0);"
                + "const g = document.querySelector('vaadin-grid').getBoundingClientRect();"
                + "const r = b.getBoundingClientRect(); return [r.left, r.right, g.left, g.right];");
        assertThat(urge.get(0).doubleValue()).isGreaterThanOrEqualTo(urge.get(2).doubleValue());
        assertThat(urge.get(1).doubleValue()).isLessThanOrEqualTo(urge.get(3).doubleValue());
        assertThat(urge.get(1).doubleValue()).isLessThanOrEqualTo(1440);
        screenshot("desk-alerts");
        tapANameAndLandOnItsPage("vaadin-grid-cell-content a.unit-link");
    }

    /**
     * A tap on a unit's name inside an alert opens the unit's figures and stays there. (The row's own
     * click must not take the leader to the dossier as well; headless chromium did not show that race
     * on the card even without the guard, so this checks where a tap lands, not the race itself.)
     */
    private void tapANameAndLandOnItsPage(String selector) throws InterruptedException {
        browser.findElements(By.cssSelector(selector)).stream().filter(e -> e.isDisplayed()).findFirst()
                .orElseThrow().click();
        wait.until(d -> d.getCurrentUrl().contains("/overview?unit="));
        Thread.sleep(1500);
        assertThat(browser.getCurrentUrl()).as("still on the unit's figures, not the row's dossier")
                .contains("/overview?unit=").doesNotContain("/dossiers/");
    }

    /** A grid shown as cards has no header row: the first card starts at the grid's top edge. */
    private void noEmptyHeaderAboveTheCards() {
        assertThat(number("const g = document.querySelector('vaadin-grid.phone-cards');"
                + "return [...g.shadowRoot.querySelectorAll('[part~=header-row]')]"
                + ".reduce((h, r) => h + r.getBoundingClientRect().height, 0);"))
                .as("the header rows' height above the cards").isZero();
        assertThat(number("const g = document.querySelector('vaadin-grid.phone-cards');"
                + "const c = [...g.querySelectorAll('vaadin-grid-cell-content .phone-card')]"
                + ".find(e => e.getBoundingClientRect().height > 0);"
                + "return Math.round(c.getBoundingClientRect().top - g.getBoundingClientRect().top);"))
                .as("the gap between the grid's top and its first card").isLessThan(20);
    }

    /** The first phone card in sight on the current page: [top, bottom, right]. */
    @SuppressWarnings("unchecked")
    private List<Number> firstCard() {
        wait.until(d -> number("return [...document.querySelectorAll('vaadin-grid-cell-content .phone-card')]"
                + ".filter(e => e.getBoundingClientRect().height > 0).length;") > 0);
        return (List<Number>) js("const c = [...document.querySelectorAll("
                + "'vaadin-grid-cell-content .phone-card')].find(e => e.getBoundingClientRect().height > 0);"
                + "const r = c.getBoundingClientRect(); return [r.top, r.bottom, r.right];");
    }

    private void filtersFolded() {
        assertThat(js("return getComputedStyle(document.querySelector('.filter-fold-body')).display;"))
                .isEqualTo("none");
        assertThat(browser.findElement(By.cssSelector(".filter-fold-toggle")).getText()).startsWith("Bộ lọc");
    }

    @Test
    void theAccountScreensFitAPhone() throws Exception {
        size(PHONE_WIDTH, PHONE_HEIGHT, true);
        signInAt("/users", "admin");
        List<Number> card = firstCard();
        noSidewaysScrolling();
        filtersFolded();
        assertThat(card.get(0).doubleValue()).isLessThan(PHONE_HEIGHT / 2.0);
        assertThat(card.get(2).doubleValue()).isLessThanOrEqualTo(PHONE_WIDTH);
        // the search stays in sight above the folded filters
        assertThat(browser.findElement(By.cssSelector("vaadin-text-field")).isDisplayed()).isTrue();
        screenshot("phone-users");

        browser.get("http://localhost:" + port + "/audit?action=SIGN_IN");
        card = firstCard();
        noSidewaysScrolling();
        filtersFolded();
        // the filter from the address is applied and said on the folded button
        assertThat(browser.findElement(By.cssSelector(".filter-fold-toggle")).getText()).isEqualTo("Bộ lọc (1)");
        assertThat(card.get(2).doubleValue()).isLessThanOrEqualTo(PHONE_WIDTH);
        screenshot("phone-audit");
        // a tap on a card opens the whole entry, within the screen
        browser.findElements(By.cssSelector("vaadin-grid-cell-content .phone-card")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElseThrow().click();
        wait.until(d -> number("return document.querySelectorAll('.audit-details').length;") > 0);
        wait.until(d -> pageText().contains("(SIGN_IN)"));
        noSidewaysScrolling();
        screenshot("phone-audit-details");

        browser.get("http://localhost:" + port + "/account");
        wait.until(d -> pageText().contains("Các phiên đang mở") && pageText().contains("phiên này"));
        noSidewaysScrolling();
        screenshot("phone-account");

        size(1440, 900, false);
        browser.get("http://localhost:" + port + "/audit");
        wait.until(d -> !d.findElements(By.tagName("vaadin-grid")).isEmpty() && pageText().contains("Đăng nhập"));
        noSidewaysScrolling();
        screenshot("desk-audit");
        // the change column wraps inside the grid: the grid is no wider than the page
        assertThat(number("return document.querySelector('vaadin-grid').shadowRoot.querySelector('#table').scrollWidth;"))
                .isLessThanOrEqualTo(number("return document.querySelector('vaadin-grid').shadowRoot"
                        + ".querySelector('#table').clientWidth;") + 1);
        browser.get("http://localhost:" + port + "/users");
        wait.until(d -> pageText().contains("Tên đăng nhập") || pageText().contains("admin"));
        screenshot("desk-users");
        browser.get("http://localhost:" + port + "/account");
        wait.until(d -> pageText().contains("Các phiên đang mở"));
        screenshot("desk-account");
    }

    /**
     * Opens a page of charts at both sizes, scrolled to its end so that every chart is built, and finds no
     * label drawn over another or cut at a chart's edge.
     */
    private void chartLabelsReadAtBothSizes(String path) {
        for (boolean phone : new boolean[] {false, true}) {
            if (phone) {
                size(PHONE_WIDTH, PHONE_HEIGHT, true);
            } else {
                size(1440, 900, false);
            }
            browser.get("http://localhost:" + port + path);
            for (int pass = 0; pass < 2; pass++) {
                wait.until(d -> {
                    var charts = d.findElements(By.cssSelector("echarts-chart"));
                    return !charts.isEmpty() && charts.stream()
                            .allMatch(c -> "true".equals(c.getDomAttribute("data-rendered")));
                });
                js("window.scrollTo(0, document.body.scrollHeight);"
                        + "document.querySelectorAll('vaadin-app-layout, [scrollable]').forEach(e => e.scrollTop = 1e6);");
            }
            assertThat(chartLabelsThatCollide()).as(path + (phone ? " on a phone" : " on a desk")).isEmpty();
            if (phone) {
                assertThat(outOfTheScreen()).as("past a phone's edge on " + path).isEmpty();
            }
        }
    }

    /** Opens the path at both sizes, waits for the element, checks the phone has no sideways scroll, keeps both. */
    private void atBothSizes(String path, String waitFor, String name) throws Exception {
        size(1440, 900, false);
        browser.get("http://localhost:" + port + path);
        wait.until(d -> !d.findElements(By.cssSelector(waitFor)).isEmpty());
        screenshot("desk-" + name);
        size(PHONE_WIDTH, PHONE_HEIGHT, true);
        browser.get("http://localhost:" + port + path);
        wait.until(d -> !d.findElements(By.cssSelector(waitFor)).isEmpty());
        noSidewaysScrolling();
        assertThat(outOfTheScreen()).as("past a phone's edge on " + path).isEmpty();
        screenshot("phone-" + name);
    }

    /**
     * Each role's home shows its work first (HR: rounds and ratings to review; the administrator:
     * accounts waiting, linked into the filtered list), and the hotline queue opened from the
     * overview's overdue figure says what it lists; kept at both sizes for a person to look at.
     */
    @Test
    void theRoleHomesTheFilteredAccountsAndTheHotlineQueueFitBothSizes() throws Exception {
        size(1440, 900, false);
        signInAt("/", "nhansu");
        wait.until(d -> !d.findElements(By.id("home-cycles")).isEmpty());
        atBothSizes("/", "#home-reviews", "home-hr");

        browser.manage().deleteAllCookies();
        size(1440, 900, false);
        signInAt("/", "admin");
        wait.until(d -> !d.findElements(By.id("home-accounts")).isEmpty());
        atBothSizes("/", "#home-accounts", "home-admin");
        String filtered = browser.findElement(By.cssSelector("#home-accounts a")).getAttribute("href");
        assertThat(filtered).contains("/users?status=");
        atBothSizes(filtered.substring(filtered.indexOf("/users")), "vaadin-grid", "users-filtered");

        browser.manage().deleteAllCookies();
        size(1440, 900, false);
        signInAt("/", "lanhdao.tinh");
        wait.until(d -> d.getCurrentUrl().contains("/overview"));
        wait.until(d -> !d.findElements(By.cssSelector(".kpi-hotline")).isEmpty());
        List<org.openqa.selenium.WebElement> overdue = browser.findElements(By.cssSelector("a.kpi-hotline-overdue"));
        String queue = overdue.isEmpty() ? "/hotline?queue=OVERDUE" : overdue.getFirst().getAttribute("href");
        atBothSizes(queue.substring(queue.indexOf("/hotline")), ".hotline-overdue-note", "hotline-overdue");
        // on the phone the queue's tabs wrap onto two lines and push the note down, not over it
        assertThat(number("return Math.round(document.querySelector('vaadin-tabs').getBoundingClientRect().bottom"
                + " - document.querySelector('.hotline-overdue-note').getBoundingClientRect().top);"))
                .as("the tabs' bottom edge over the note's top").isLessThanOrEqualTo(0);
        // and none of them hides behind a sideways scroll: the last tab ends within the screen
        assertThat(number("return Math.ceil(Math.max(...[...document.querySelectorAll('vaadin-tabs vaadin-tab')]"
                + ".map(t => t.getBoundingClientRect().right)));")).as("the queue's last tab's right edge")
                .isLessThanOrEqualTo(PHONE_WIDTH);
        noEmptyHeaderAboveTheCards();
        // the intake button sits beside the title or below it, never over it
        assertThat(js("const t = document.querySelector('h2').getBoundingClientRect();"
                + "const b = [...document.querySelectorAll('vaadin-button')].find(e => e.textContent.includes('Tiếp nhận'));"
                + "if (!b) return 'no button'; const r = b.getBoundingClientRect();"
                + "return (r.left >= t.right || r.top >= t.bottom) ? 'apart' : 'overlap';"))
                .isEqualTo("apart");
        // the leaders' other pages of charts: the hotline's figures and the service index
        chartLabelsReadAtBothSizes("/hotline/overview");
        chartLabelsReadAtBothSizes("/index766");
        // pages with a row of filters or buttons above their list or document
        atBothSizes("/dossiers", "vaadin-grid", "dossiers");
        atBothSizes("/units", "vaadin-grid", "units");
        Long apology = dsl.select(APOLOGY.ID).from(APOLOGY).orderBy(APOLOGY.ID.desc()).limit(1).fetchOne(APOLOGY.ID);
        if (apology != null) {
            atBothSizes("/apologies/" + apology, "vaadin-button", "apology");
        }
        browser.manage().deleteAllCookies();
        size(1440, 900, false);
        signInAt("/evaluations", "nhansu");
        wait.until(d -> d.getCurrentUrl().contains("/evaluations"));
        atBothSizes("/evaluations", "vaadin-grid", "evaluation-cycles");
    }
}
