package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The import screen in a real browser: an administrator uploads a dossier CSV, the check runs in a
 * worker while the page polls, the preview appears, the import runs and lands in the history.
 * Tagged "browser", like {@link OverviewBrowserTest}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.embedded-db.dir=target/embedded-mariadb-browser")
@ActiveProfiles("test")
class ImportBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    private WebDriver browser;

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
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorUploadsADossierFileSeesThePreviewAndImportsIt() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        browser.get("http://localhost:" + port + "/imports");
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
        browser.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("admin");
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys("demo");
        password.sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElements(By.tagName("vaadin-upload")).isEmpty());

        String day = LocalDate.now().minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String code = "E2E-IMP-" + System.currentTimeMillis();
        Path file = Files.createTempDirectory("e2e-import").resolve("ho-so-e2e.csv");
        Files.writeString(file, "\uFEFFMã hồ sơ,Mã thủ tục,Mã đơn vị tiếp nhận,Mã đơn vị giải quyết,Hình thức nộp,"
                + "Trạng thái,Thời điểm tiếp nhận,Ngày hẹn trả,Người nộp,Thời điểm cập nhật\r\n"
                + code + ",1.001193,32002,32002,ONLINE,4," + day + " 08:00," + day + ",Nguyễn Văn E," + day
                + " 08:30\r\n", StandardCharsets.UTF_8);
        WebElement upload = browser.findElement(By.tagName("vaadin-upload"));
        WebElement input = upload.findElements(By.cssSelector("input[type='file']")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")));
        input.sendKeys(file.toAbsolutePath().toString());

        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Tệp hợp lệ, có thể nhập."));
        Path shots = Path.of("target", "e2e");
        Files.createDirectories(shots);
        Files.write(shots.resolve("import-preview.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("1 dòng dữ liệu: 1 thêm mới, 0 cập nhật, 0 không đổi.");

        browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("Nhập dữ liệu")).findFirst().orElseThrow().click();
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Đã nhập 1 dòng"));
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("ho-so-e2e.csv"));
        Files.write(shots.resolve("import-done.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        // the picker is free for the next file
        wait.until(d -> d.findElement(By.tagName("vaadin-upload")).getDomProperty("maxFilesReached").equals("false"));
    }
}
