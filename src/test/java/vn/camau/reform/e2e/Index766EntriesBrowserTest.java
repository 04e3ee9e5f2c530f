package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The administrator's screen for the 766 figures entered by hand, in a real browser: the list, the
 * entry dialog, and a refused rate's Vietnamese message. Screenshots at a desktop's and a phone's size
 * go to target/e2e. Saves nothing (the refused entry is the one submitted).
 */
class Index766EntriesBrowserTest extends BrowserTest {

    @Test
    void anAdministratorOpensTheEntryDialogAndIsToldWhyARateIsRefused() throws Exception {
        browser.manage().window().setSize(new Dimension(1440, 900));
        signInAt("/index766/entries", "admin");
        wait.until(d -> !d.findElements(By.tagName("vaadin-grid")).isEmpty()
                && pageText().contains("Nhập số liệu"));
        screenshot("index766-entries-1440");
        assertThat(pageText()).contains("Số liệu 766 nhập tay", "Ghi chú nguồn số liệu");

        browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().contains("Nhập số liệu")).findFirst().orElseThrow().click();
        wait.until(d -> pageText().contains("Cách nhập"));
        screenshot("index766-entry-dialog-1440");
        browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().equals("Lưu")).findFirst().orElseThrow().click();
        wait.until(d -> pageText().contains("Vui lòng chọn đơn vị"));
        screenshot("index766-entry-refused-1440");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(d -> !d.findElements(By.tagName("vaadin-grid")).isEmpty() && pageText().contains("Nhập số liệu"));
        screenshot("index766-entries-390");
    }
}
