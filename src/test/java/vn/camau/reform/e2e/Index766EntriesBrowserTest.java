package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.camau.reform.jooq.Tables.INDEX766_MANUAL_ENTRY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.camau.reform.base.period.PeriodKind;

/**
 * The administrator's screen for the 766 figures entered by hand, in a real browser: the list, the
 * entry dialog, and a refused rate's Vietnamese message. Screenshots at a desktop's and a phone's size
 * go to target/e2e. One entry of last month is there to be listed (removed afterwards); the refused
 * entry saves nothing.
 */
class Index766EntriesBrowserTest extends BrowserTest {

    private static final String NOTE = "Báo cáo trên Cổng Dịch vụ công quốc gia (thử)";

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void oneEntry() {
        var m = INDEX766_MANUAL_ENTRY;
        LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        dsl.insertInto(m).set(m.UNIT_ID, 1L).set(m.PERIOD_KIND, PeriodKind.MONTH).set(m.PERIOD_START, lastMonth)
                .set(m.INDICATOR_CODE, "SYNCHRONISED").set(m.PERCENT, new BigDecimal("97.25")).set(m.NOTE, NOTE)
                .set(m.ENTERED_BY, "admin").set(m.ENTERED_AT, LocalDateTime.now()).execute();
    }

    @AfterEach
    void removeIt() {
        dsl.deleteFrom(INDEX766_MANUAL_ENTRY).where(INDEX766_MANUAL_ENTRY.NOTE.eq(NOTE)).execute();
    }

    @Test
    void anAdministratorOpensTheEntryDialogAndIsToldWhyARateIsRefused() throws Exception {
        browser.manage().window().setSize(new Dimension(1440, 900));
        signInAt("/index766/entries", "admin");
        wait.until(d -> !d.findElements(By.tagName("vaadin-grid")).isEmpty()
                && pageText().contains("Nhập số liệu") && pageText().contains("97,25%"));
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
        wait.until(d -> !d.findElements(By.tagName("vaadin-grid")).isEmpty() && pageText().contains("97,25%"));
        screenshot("index766-entries-390");
    }
}
