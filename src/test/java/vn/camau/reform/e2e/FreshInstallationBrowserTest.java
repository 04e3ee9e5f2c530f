package vn.camau.reform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A real installation's first day, as its IT staff would live it: no demo profile, only the first
 * administrator from APP_ADMIN_USERNAME. The province administrator creates a commune administrator,
 * who creates the commune's leader and an officer; each new person signs in with the one-time
 * password, is made to choose their own, and then sees their commune and nothing wider.
 * Tagged "browser" through {@link BrowserTest}; a database of its own, without demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.embedded-db.dir=target/embedded-mariadb-fresh",
        "app.demo.enabled=false",
        "app.admin.username=" + FreshInstallationBrowserTest.FIRST_ADMIN,
        "app.admin.password=" + FreshInstallationBrowserTest.FIRST_PASSWORD})
class FreshInstallationBrowserTest extends BrowserTest {

    static final String FIRST_ADMIN = "quantri.tinh";
    static final String FIRST_PASSWORD = "Mũi Cà Mau cột cờ 2026";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000);

    @Test
    void theFirstAdministratorHandsAccountsDownToACommuneWhoseUsersChangeTheirPasswordsAndSeeTheirCommune()
            throws Exception {
        try {
            walk();
        } catch (RuntimeException | AssertionError e) {
            screenshot("fresh-failed");
            throw new AssertionError("at " + browser.getCurrentUrl() + ", page: " + pageText(), e);
        }
    }

    private void walk() throws Exception {
        signInAt("/users", FIRST_ADMIN, FIRST_PASSWORD);
        wait.until(d -> d.getCurrentUrl().contains("/users") && !visibleButtons("Tạo tài khoản").isEmpty());
        String communeAdmin = "qt.anxuyen" + RUN;
        String communeAdminOneTime = createAccount(communeAdmin, "Trần Văn Quản Trị", "Quản trị hệ thống");
        screenshot("fresh-1-commune-admin-created");
        signOut();

        signInAt("/users", communeAdmin, communeAdminOneTime);
        String communeAdminPassword = "đồng lúa An Xuyên mùa gặt";
        changeForcedPassword(communeAdminOneTime, communeAdminPassword);
        browser.get("http://localhost:" + port + "/users");
        wait.until(d -> !visibleButtons("Tạo tài khoản").isEmpty());
        String leaderOneTime = createAccount("ld.anxuyen" + RUN, "Lê Thị Lãnh Đạo", "Lãnh đạo đơn vị");
        String officerOneTime = createAccount("cb.anxuyen" + RUN, "Phạm Văn Cán Bộ", "Cán bộ, công chức");
        // the commune's administrator sees their commune's accounts, not the province's administrator
        wait.until(d -> gridText().contains("cb.anxuyen" + RUN));
        assertThat(gridText()).contains(communeAdmin, "ld.anxuyen" + RUN).doesNotContain(FIRST_ADMIN)
                .doesNotContain("Tỉnh Cà Mau");
        screenshot("fresh-2-commune-accounts");
        signOut();

        signInAt("/", "ld.anxuyen" + RUN, leaderOneTime);
        changeForcedPassword(leaderOneTime, "cá lóc nướng trui Năm Căn");
        assertThat(pageText()).contains("Phường An Xuyên · Lãnh đạo đơn vị");
        browser.get("http://localhost:" + port + "/units");
        wait.until(d -> gridText().contains("Phường An Xuyên"));
        assertThat(gridText()).doesNotContain("Tỉnh Cà Mau");
        assertThat(pageText()).doesNotContain("Tài khoản người dùng");
        screenshot("fresh-3-leader-scope");
        signOut();

        signInAt("/", "cb.anxuyen" + RUN, officerOneTime);
        changeForcedPassword(officerOneTime, "rừng tràm U Minh Hạ xanh");
        assertThat(pageText()).contains("Phường An Xuyên · Cán bộ, công chức");
        browser.get("http://localhost:" + port + "/users");
        wait.until(d -> !d.getCurrentUrl().endsWith("/login"));
        Thread.sleep(500);
        assertThat(visibleButtons("Tạo tài khoản")).isEmpty();
        assertThat(gridText()).doesNotContain("Tỉnh Cà Mau");
        screenshot("fresh-4-officer-denied-users");
    }

    /** Fills the create dialog, returns the one-time password it shows once, and closes it. */
    private String createAccount(String username, String fullName, String roleLabel) {
        button("Tạo tài khoản").click();
        wait.until(d -> field("Tên đăng nhập") != null);
        type("Tên đăng nhập", username);
        type("Họ và tên", fullName);
        pick("Đơn vị", "an xuyen", "Phường An Xuyên (32002)", "vaadin-combo-box-item");
        pick("Vai trò", roleLabel, roleLabel, "vaadin-multi-select-combo-box-item");
        field("Vai trò").findElement(By.tagName("input")).sendKeys(Keys.ESCAPE);
        dialogButton("Tạo tài khoản").click();
        By secret = By.cssSelector("vaadin-text-field.one-time-password input");
        wait.until(d -> !d.findElements(secret).isEmpty()
                && !d.findElement(secret).getDomProperty("value").isEmpty());
        String oneTime = browser.findElement(secret).getDomProperty("value");
        assertThat(oneTime).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        button("Đã ghi lại, đóng").click();
        wait.until(d -> d.findElements(secret).isEmpty());
        return oneTime;
    }

    /** A new user lands on their own account page whatever they opened, and must choose a password. */
    private void changeForcedPassword(String oneTime, String chosen) {
        wait.until(d -> d.getCurrentUrl().contains("/account") && d.findElements(By.tagName("vaadin-password-field")).size() == 3);
        assertThat(pageText()).contains("Bạn đang dùng mật khẩu một lần");
        type("Mật khẩu một lần (được cấp)", oneTime);
        type("Mật khẩu mới", chosen);
        type("Nhập lại mật khẩu mới", chosen);
        button("Đổi mật khẩu").click();
        wait.until(d -> !d.getCurrentUrl().endsWith("/account"));
        wait.until(d -> pageText().contains("Đăng xuất") || !d.findElements(By.tagName("vaadin-avatar")).isEmpty());
    }

    /** Grid cells live in slots that a body's text does not always show. */
    private String gridText() {
        return (String) ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll("
                + "'vaadin-grid-cell-content')].map(c => c.textContent).join('\\n')");
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    private WebElement field(String label) {
        return (WebElement) ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll("
                + "'vaadin-text-field,vaadin-email-field,vaadin-password-field,vaadin-combo-box,"
                + "vaadin-multi-select-combo-box')].find(e => e.label === arguments[0] && e.offsetParent !== null)"
                + " || null", label);
    }

    private void type(String label, String value) {
        WebElement input = field(label).findElement(By.tagName("input"));
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    private void pick(String label, String typed, String itemText, String itemTag) {
        WebElement input = field(label).findElement(By.tagName("input"));
        input.click();
        input.sendKeys(typed);
        wait.until(d -> d.findElements(By.tagName(itemTag)).stream().anyMatch(i -> i.getText().strip().equals(itemText)));
        browser.findElements(By.tagName(itemTag)).stream().filter(i -> i.getText().strip().equals(itemText))
                .findFirst().orElseThrow().click();
    }

    private WebElement button(String text) {
        wait.until(d -> visibleButtons(text).size() > 0);
        return visibleButtons(text).getFirst();
    }

    /** The dialog's own button: its footer comes after the page in the document. */
    private WebElement dialogButton(String text) {
        wait.until(d -> visibleButtons(text).size() > 0);
        return visibleButtons(text).getLast();
    }

    private List<WebElement> visibleButtons(String text) {
        return browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().strip().equals(text)).toList();
    }
}
