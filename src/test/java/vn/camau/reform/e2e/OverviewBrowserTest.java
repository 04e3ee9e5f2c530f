package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real thing in a real browser: Debian's chromium (through its chromedriver, so nothing is
 * downloaded) signs a province leader in and waits until the overview's ECharts have drawn.
 * Tagged "browser": .ci/run installs chromium and runs it ({@code -Dbrowser.skip=false}); a plain
 * {@code ./mvnw verify} leaves it out.
 */
@Tag("browser")
// Its own data folder: the other tests' embedded database may still be running from the same build
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.embedded-db.dir=target/embedded-mariadb-browser")
@ActiveProfiles("test")
class OverviewBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=vi-VN");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("browser.driver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aProvinceLeaderSignsInAndTheOverviewChartsDraw() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        browser.get("http://localhost:" + port + "/");
        wait.until(d -> d.getCurrentUrl().contains("/login")
                && !d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
        browser.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("lanhdao.tinh");
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys("demo");
        password.sendKeys(Keys.ENTER);

        wait.until(d -> d.getCurrentUrl().contains("/overview"));
        wait.until(d -> d.findElements(By.cssSelector("echarts-chart[data-rendered='true']")).size() == 4);

        // Kept for a person to look at: target/e2e/overview.png
        Path shots = Path.of("target", "e2e");
        Files.createDirectories(shots);
        Files.write(shots.resolve("overview.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        List<WebElement> charts = browser.findElements(By.cssSelector("echarts-chart"));
        assertThat(charts).hasSize(4);
        for (WebElement chart : charts) {
            assertThat(Integer.parseInt(chart.getDomAttribute("data-series-count"))).isPositive();
            // A drawn chart is a canvas with pixels, not an empty box
            Long width = (Long) ((JavascriptExecutor) browser).executeScript(
                    "const c = arguments[0].shadowRoot.querySelector('canvas'); return c ? c.width : 0;", chart);
            assertThat(width).isPositive();
        }
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Tỷ lệ đúng hạn (hồ sơ đã giải quyết)").contains("Tỉnh Cà Mau");

    }
}
