package vn.camau.reform.apology.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.APP_SETTING;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;

import vn.camau.reform.apology.ApologySettings;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.ui.KaribuTest;

/** The apology lead time on its settings screen: administrators only, 0 to 10 working days. */
class ApologySettingsViewTest extends KaribuTest {

    private static final String LABEL = "Số ngày làm việc xin lỗi trước ngày hẹn";

    @Autowired
    ApologySettings settings;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void restoreTheDefault() {
        dsl.update(APP_SETTING).set(APP_SETTING.VALUE, "1")
                .where(APP_SETTING.NAME.eq(ApologySettings.LEAD_WORKING_DAYS)).execute();
    }

    private static IntegerField leadField() {
        return LocatorJ._get(IntegerField.class, spec -> spec.withLabel(LABEL));
    }

    private static void save() {
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText("Lưu")));
    }

    /** A notification's text, whether set as its text or as content (errors carry a close button). */
    private static String text(Notification n) {
        String text = n.getElement().getProperty("text");
        return text != null && !text.isEmpty() ? text : n.getElement().getTextRecursively();
    }

    @Test
    void anAdministratorSetsTheLeadTime() {
        loginAs("admin");
        UI.getCurrent().navigate("settings/apology");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ApologySettingsView.class);
        assertThat(leadField().getValue()).isEqualTo(1);
        assertThat(leadField().getHelperText()).contains("ngày hẹn trả ban đầu", "ký từ nay");

        HasValueUtilsKt._setValue(leadField(), 2);
        save();
        assertThat(settings.leadWorkingDays()).isEqualTo(2);
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(text(n)).contains("2 ngày làm việc"));
    }

    @Test
    void aValueOutOfRangeIsRefusedWithAMessage() {
        loginAs("admin");
        UI.getCurrent().navigate(ApologySettingsView.class);
        HasValueUtilsKt._setValue(leadField(), 11);
        save();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(text(n)).contains("từ 0 đến 10 ngày làm việc"));
        assertThat(settings.leadWorkingDays()).isEqualTo(1);

        NotificationsKt.clearNotifications();
        HasValueUtilsKt._setValue(leadField(), null);
        save();
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(settings.leadWorkingDays()).isEqualTo(1);
    }

    @Test
    void aLeaderIsDeniedTheScreen() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(ApologySettingsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
