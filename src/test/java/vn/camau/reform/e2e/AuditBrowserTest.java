package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The audit view in a real browser: an administrator signs in through the form, and that sign-in is
 * on the trail the view shows, with the action in Vietnamese. Screenshots at a desktop's and a
 * phone's size go to target/e2e. Tagged "browser", like {@link OverviewBrowserTest}.
 */
class AuditBrowserTest extends BrowserTest {

    @Test
    void anAdministratorSeesTheirOwnSignInOnTheTrail() throws Exception {
        browser.manage().window().setSize(new Dimension(1440, 900));
        signInAt("/audit", "admin");
        wait.until(d -> !d.findElements(By.tagName("vaadin-grid")).isEmpty()
                && pageText().contains("Đăng nhập") && pageText().contains("admin"));
        screenshot("audit-1440");
        assertThat(pageText()).contains("Nhật ký hệ thống", "Xuất CSV", "Xuất Excel", "Người thực hiện");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(d -> !d.findElements(By.tagName("vaadin-grid")).isEmpty() && pageText().contains("Đăng nhập"));
        screenshot("audit-390");
    }
}
