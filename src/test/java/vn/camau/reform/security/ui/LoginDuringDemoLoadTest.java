package vn.camau.reform.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;

import vn.camau.reform.base.health.StartupProgress;
import vn.camau.reform.ui.KaribuTest;

/**
 * While the demo data loads at start, the login page says so with the percentage and follows it (a
 * demo user signing in then would otherwise see half the figures, or think the password wrong), and
 * says nothing once the application is ready.
 */
class LoginDuringDemoLoadTest extends KaribuTest {

    @Test
    void theLoginPageShowsTheDemoLoadUntilTheApplicationIsReady() {
        StartupProgress progress = new StartupProgress(true);
        progress.demoLoading(42);
        LoginView login = new LoginView(progress);
        UI.getCurrent().add(login);

        assertThat(loadingText()).isEqualTo(
                "Đang nạp dữ liệu mẫu (42%). Các chỉ số sẽ đầy đủ khi nạp xong; trang này tự cập nhật.");
        assertThat(LocatorJ._get(ProgressBar.class).getValue()).isEqualTo(42);
        assertThat(UI.getCurrent().getPollInterval()).as("the page asks again by itself").isPositive();

        progress.demoLoading(87);
        poll();
        assertThat(loadingText()).contains("(87%)");

        progress.ready();
        poll();
        assertThat(LocatorJ._find(ProgressBar.class)).as("nothing said once ready").isEmpty();
        assertThat(loadingText()).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).as("and stops asking").isNegative();
    }

    @Test
    void withoutDemoDataNothingIsSaid() {
        UI.getCurrent().add(new LoginView(new StartupProgress(false)));
        assertThat(LocatorJ._find(ProgressBar.class)).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }

    private static String loadingText() {
        return LocatorJ._find(Paragraph.class).stream().map(Paragraph::getText)
                .filter(t -> t.contains("dữ liệu mẫu")).findFirst().orElse("");
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }
}
