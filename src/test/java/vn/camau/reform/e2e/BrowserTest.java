package vn.camau.reform.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port and Debian's chromium (through its chromedriver, so nothing is
 * downloaded), headless. Tagged "browser": .ci/run installs chromium and runs these
 * ({@code -Dbrowser.skip=false}); a plain {@code ./mvnw verify} leaves them out.
 */
@Tag("browser")
// Its own data folder: the other tests' embedded database may still be running from the same build
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.embedded-db.dir=target/embedded-mariadb-browser")
@ActiveProfiles("test")
abstract class BrowserTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final By USERNAME = By.cssSelector("vaadin-login-form input[name='username']");

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1400,1300", "--lang=vi-VN");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("browser.driver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, PATIENCE);
        // a page read while the sign-in's redirect replaces the document: look again, as a person would
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens the path, is sent to the login form, and signs in as a demo user (password demo). */
    void signInAt(String path, String username) {
        signInAt(path, username, "demo");
    }

    /** Opens the path, is sent to the login form, and signs in with the given password. */
    void signInAt(String path, String username, String secret) {
        browser.get("http://localhost:" + port + path);
        wait.until(d -> d.getCurrentUrl().contains("/login") && !d.findElements(USERNAME).isEmpty());
        browser.findElement(USERNAME).sendKeys(username);
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(secret);
        password.sendKeys(Keys.ENTER);
    }

    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /**
     * Every two texts drawn in the page's charts that cover each other (titles, axis and value labels, slice
     * labels, legend items and its pager), as "text × text (w×h)", and every text cut at the chart's edge. ECharts draws on a canvas, so the texts
     * are read from its scene (zrender's display list), each box from its drawn width and its font's size
     * placed by its baseline (zrender reports text heights of a few pixels in headless chromium), cut to its
     * clip (a scrolling legend shows its names through a window); hidden texts (an axis label ECharts dropped
     * for overlapping, an unused legend pager) are not drawn and not counted.
     */
    @SuppressWarnings("unchecked")
    java.util.List<String> chartLabelsThatCollide() {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const hits = [];
                const overlap = (a, b) => [Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x),
                    Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)];
                for (const element of document.querySelectorAll('echarts-chart')) {
                  const chart = element.chart;
                  if (!chart) continue;
                  const title = (chart.getOption().title || [{}])[0].text || '';
                  const texts = chart.getZr().storage.getDisplayList(true)
                      .filter(el => el.style && typeof el.style.text === 'string' && el.style.text.trim()
                          && !el.ignore && !el.invisible && (el.style.opacity === undefined || el.style.opacity > 0))
                      .map(el => {
                        const r = el.getBoundingRect();
                        const size = /(\\d+)px/.exec(el.style.font || '');
                        const h = size ? Number(size[1]) : 12;
                        const base = el.style.textBaseline;
                        const local = { x: r.x, w: r.width, h,
                            y: base === 'top' ? r.y : base === 'middle' ? r.y + r.height / 2 - h / 2 : r.y + r.height - h };
                        const m = el.transform || [1, 0, 0, 1, 0, 0];
                        const corners = [[local.x, local.y], [local.x + local.w, local.y], [local.x, local.y + local.h],
                            [local.x + local.w, local.y + local.h]].map(([x, y]) => [m[0] * x + m[2] * y + m[4],
                            m[1] * x + m[3] * y + m[5]]);
                        const xs = corners.map(c => c[0]), ys = corners.map(c => c[1]);
                        const box = { text: el.style.text, m, local, x: Math.min(...xs), y: Math.min(...ys),
                            w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
                        // only what its clip (a scrolling legend's window) lets show
                        for (const clip of el.__clipPaths || []) {
                          const c = clip.getBoundingRect().clone();
                          if (clip.transform) c.applyTransform(clip.transform);
                          const x = Math.max(box.x, c.x), y = Math.max(box.y, c.y);
                          box.w = Math.min(box.x + box.w, c.x + c.width) - x;
                          box.h = Math.min(box.y + box.h, c.y + c.height) - y;
                          box.x = x;
                          box.y = y;
                        }
                        return box;
                      })
                      .filter(box => box.w > 0 && box.h > 0);
                  // two labels slanted alike (a phone's month names) are compared along their slant, where they
                  // are side by side, not by the upright boxes around them, which always overlap
                  const slanted = (a, b) => (Math.abs(a.m[1]) > 1e-6 || Math.abs(a.m[2]) > 1e-6)
                      && [0, 1, 2, 3].every(i => Math.abs(a.m[i] - b.m[i]) < 1e-6);
                  const inFrame = box => {
                    const [a, b, c, d, tx, ty] = box.m;
                    const det = a * d - b * c;
                    return { x: box.local.x + (d * tx - c * ty) / det, y: box.local.y + (-b * tx + a * ty) / det,
                        w: box.local.w, h: box.local.h };
                  };
                  for (let i = 0; i < texts.length; i++) {
                    const a = texts[i];
                    if (a.x < -1 || a.y < -1 || a.x + a.w > chart.getWidth() + 1 || a.y + a.h > chart.getHeight() + 1) {
                      hits.push(title + ': ' + a.text + ' cut at the chart\\'s edge');
                    }
                    for (let j = i + 1; j < texts.length; j++) {
                      const b = texts[j];
                      const [across, down] = slanted(a, b) ? overlap(inFrame(a), inFrame(b)) : overlap(a, b);
                      if (across > 1 && down > 1) {
                        hits.push(title + ': ' + a.text + ' × ' + b.text + ' (' + Math.round(across) + '×'
                            + Math.round(down) + ')');
                      }
                    }
                  }
                }
                return hits;""");
    }

    /**
     * Every grid column whose header cell does not stand over its cells, as "header: header x+w, cells x+w",
     * for the grids of the page with rows shown. A width in {@code em} did it: the header's smaller font made
     * "14em" 196 px over the body's 224, and every column after it, the frozen apology column included,
     * stood 28 px off its header.
     */
    @SuppressWarnings("unchecked")
    java.util.List<String> gridColumnsOutOfLine() {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const off = [];
                for (const grid of document.querySelectorAll('vaadin-grid')) {
                  const root = grid.shadowRoot;
                  const heads = [...root.querySelectorAll('thead tr:last-child th')].filter(c => !c.hidden);
                  const row = [...root.querySelectorAll('tbody#items tr')].find(r => !r.hidden && r.offsetHeight > 0);
                  if (!row || grid.offsetWidth === 0) continue;
                  const cells = [...row.querySelectorAll('td')].filter(c => !c.hidden);
                  heads.forEach((h, i) => {
                    const a = h.getBoundingClientRect(), b = cells[i]?.getBoundingClientRect();
                    if (b && (Math.abs(a.left - b.left) > 1 || Math.abs(a.width - b.width) > 1)) {
                      off.push((h.querySelector('slot')?.assignedElements()[0]?.textContent || '').trim() + ': header ' + Math.round(a.left) + '+'
                          + Math.round(a.width) + ', cells ' + Math.round(b.left) + '+' + Math.round(b.width));
                    }
                  });
                }
                return off;""");
    }

    /** Kept for a person to look at, in target/e2e. */
    void screenshot(String name) throws IOException {
        Path shots = Path.of("target", "e2e");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
