package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The import screen in a real browser: an administrator uploads a dossier CSV, the check runs in a
 * worker while the page polls, the preview appears, the import runs and lands in the history.
 * Tagged "browser", like {@link OverviewBrowserTest}.
 */
class ImportBrowserTest extends BrowserTest {

    @Test
    void anAdministratorUploadsADossierFileSeesThePreviewAndImportsIt() throws Exception {
        signInAt("/imports", "admin");
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

        wait.until(d -> pageText().contains("Tệp hợp lệ, có thể nhập."));
        screenshot("import-preview");
        assertThat(pageText())
                .contains("1 dòng dữ liệu: 1 thêm mới, 0 cập nhật, 0 không đổi.");

        browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("Nhập dữ liệu")).findFirst().orElseThrow().click();
        wait.until(d -> pageText().contains("Đã nhập 1 dòng"));
        wait.until(d -> pageText().contains("ho-so-e2e.csv"));
        screenshot("import-done");
        // the picker is free for the next file
        wait.until(d -> d.findElement(By.tagName("vaadin-upload")).getDomProperty("maxFilesReached").equals("false"));
    }
}
