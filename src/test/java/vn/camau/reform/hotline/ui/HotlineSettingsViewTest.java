package vn.camau.reform.hotline.ui;

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

import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineSettings;
import vn.camau.reform.ui.KaribuTest;

/** The hotline's deadlines and duplicate window on their settings screen: administrators only, ranges checked. */
class HotlineSettingsViewTest extends KaribuTest {

    private static final String ATTITUDE = "Thái độ, nhũng nhiễu, gây phiền hà";
    private static final String DUPLICATE = "Số ngày xét trùng lặp";

    @Autowired
    HotlineSettings settings;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void restoreTheDefaults() {
        for (HotlineCategory c : HotlineCategory.values()) {
            dsl.update(APP_SETTING).set(APP_SETTING.VALUE, String.valueOf(c.defaultWorkingDays()))
                    .where(APP_SETTING.NAME.eq(HotlineSettings.DEADLINE_PREFIX + c.name())).execute();
        }
        dsl.update(APP_SETTING).set(APP_SETTING.VALUE, "30").where(APP_SETTING.NAME.eq(HotlineSettings.DUPLICATE_DAYS))
                .execute();
    }

    private static IntegerField field(String label) {
        return LocatorJ._get(IntegerField.class, spec -> spec.withLabel(label));
    }

    private static void save() {
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText("Lưu")));
    }

    private static String text(Notification n) {
        String text = n.getElement().getProperty("text");
        return text != null && !text.isEmpty() ? text : n.getElement().getTextRecursively();
    }

    @Test
    void anAdministratorSetsTheDeadlinesAndTheDuplicateWindow() {
        loginAs("admin");
        UI.getCurrent().navigate("settings/hotline");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HotlineSettingsView.class);
        assertThat(field(ATTITUDE).getValue()).isEqualTo(5);
        assertThat(field("Khiếu nại").getValue()).isEqualTo(30);
        assertThat(field(DUPLICATE).getValue()).isEqualTo(30);

        HasValueUtilsKt._setValue(field(ATTITUDE), 7);
        HasValueUtilsKt._setValue(field(DUPLICATE), 20);
        save();
        assertThat(settings.deadlineWorkingDays(HotlineCategory.ATTITUDE)).isEqualTo(7);
        assertThat(settings.deadlineWorkingDays(HotlineCategory.COMPLAINT)).isEqualTo(30);
        assertThat(settings.duplicateDays()).isEqualTo(20);
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(text(n)).isEqualTo("Đã lưu cài đặt đường dây nóng."));
    }

    @Test
    void zeroDaysIsRefusedWithAMessageAndNothingIsSaved() {
        loginAs("admin");
        UI.getCurrent().navigate(HotlineSettingsView.class);
        HasValueUtilsKt._setValue(field(DUPLICATE), 15);
        HasValueUtilsKt._setValue(field(ATTITUDE), 0);
        save();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(text(n)).contains("từ 1 đến 90 ngày làm việc"));
        assertThat(settings.deadlineWorkingDays(HotlineCategory.ATTITUDE)).isEqualTo(5);
        assertThat(settings.duplicateDays()).isEqualTo(30);

        NotificationsKt.clearNotifications();
        HasValueUtilsKt._setValue(field(ATTITUDE), 5);
        HasValueUtilsKt._setValue(field(DUPLICATE), 0);
        save();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(text(n)).contains("từ 1 đến 365 ngày"));
        assertThat(settings.duplicateDays()).isEqualTo(30);
    }

    @Test
    void anInspectionLeaderIsDeniedTheScreen() {
        loginAs("chanhthanhtra");
        UI.getCurrent().navigate(HotlineSettingsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
