package vn.camau.reform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.USER_NOTIFICATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.notification.Notification;
import vn.camau.reform.notification.NotificationContent;
import vn.camau.reform.notification.NotificationContent.Message;
import vn.camau.reform.notification.NotificationContent.Value;
import vn.camau.reform.notification.NotificationKind;
import vn.camau.reform.notification.NotificationService;
import vn.camau.reform.notification.Recipient;
import vn.camau.reform.security.Roles;

/** A notification kept as data reads in the language of whoever opens the list. */
class NotificationsViewTest extends KaribuTest {

    private static final String LINK = "hotline?queue=overdue&test=notifications-view";

    @Autowired
    NotificationService notifications;
    @Autowired
    DSLContext dsl;

    /** The message cell of the test's notification, rendered as the grid renders it. */
    @SuppressWarnings("unchecked")
    private static String shown() {
        Grid<Notification> grid = LocatorJ._get(Grid.class);
        Notification n = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(x -> LINK.equals(x.link())).findFirst().orElseThrow();
        var renderer = (ComponentRenderer<? extends Component, Notification>) grid.getColumns().get(1).getRenderer();
        return renderer.createComponent(n).getElement().getTextRecursively();
    }

    @Test
    void aDigestIsWordedInVietnameseOrEnglishFromTheSameData() {
        Recipient to = notifications.recipients(List.of(Roles.INSPECTOR), null).stream()
                .filter(r -> r.username().equals("thanhtra")).findFirst().orElseThrow();
        notifications.send(to, NotificationKind.HOTLINE, new NotificationContent(
                Message.of("hotline.digest.title", Value.date(LocalDate.of(2026, 3, 2)), Value.number(2),
                        Value.number(1)),
                List.of(Message.of("hotline.digest.counts", Value.number(2), Value.number(1))),
                List.of(Message.of("hotline.digest.line", Value.text("PA-2026-99999"),
                        Value.label(HotlineCategory.ATTITUDE.labelKey()), Value.text("Sở Thử nghiệm"),
                        Value.date(LocalDate.of(2026, 2, 27)))), null), LINK);
        try {
            loginAs("thanhtra");
            UI.getCurrent().navigate("notifications");
            assertThat(shown()).contains("Phản ánh đường dây nóng ngày 02/03/2026: 2 quá hạn, 1 sắp đến hạn trả lời",
                    "Quá hạn: 2 phản ánh; sắp đến hạn: 1 phản ánh.",
                    "• PA-2026-99999 – Thái độ, nhũng nhiễu, gây phiền hà (Sở Thử nghiệm), hạn trả lời 27/02/2026");

            UI.getCurrent().setLocale(Locale.ENGLISH);
            UI.getCurrent().navigate("hotline");
            UI.getCurrent().navigate("notifications");
            assertThat(shown()).contains("Hotline reports on 02/03/2026: 2 overdue, 1 due soon",
                    "• PA-2026-99999 – Attitude, harassment (Sở Thử nghiệm), answer due 27/02/2026")
                    .doesNotContain("quá hạn");
        } finally {
            dsl.deleteFrom(USER_NOTIFICATION).where(USER_NOTIFICATION.LINK.eq(LINK)).execute();
        }
    }
}
