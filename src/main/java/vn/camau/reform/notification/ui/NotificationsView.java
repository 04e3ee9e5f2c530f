package vn.camau.reform.notification.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.notification.Notification;
import vn.camau.reform.notification.NotificationService;

/** The user's notifications: reminders received and the daily digest, newest first. */
@Route("notifications")
@Menu(title = "nav.notifications", order = 70, icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient NotificationService notifications;
    private final Grid<Notification> grid = new Grid<>();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(n -> VnFormats.dateTime(n.createdAt())).setHeader(getTranslation("notification.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::message)).setHeader(getTranslation("notification.message"));
        grid.addItemClickListener(e -> {
            notifications.markRead(List.of(e.getItem().id()));
            if (e.getItem().link() != null) {
                UI.getCurrent().navigate(e.getItem().link());
            }
        });
        grid.setItems(q -> notifications.mine(q.getOffset(), q.getLimit()).stream(), q -> notifications.countMine());
        grid.setSizeFull();
        Button markAll = new Button(getTranslation("notification.mark-read"), e -> {
            notifications.markRead(notifications.mine(0, 500).stream().map(Notification::id).toList());
            grid.getDataProvider().refreshAll();
        });
        add(new H2(getTranslation("nav.notifications")), markAll, grid);
    }

    private Div message(Notification n) {
        // worded now, in the reader's language (older notifications show the text they were sent with)
        Span title = new Span(n.title(getLocale()));
        title.getStyle().set("font-weight", n.read() ? "normal" : "bold");
        // Text, never HTML: a reminder's words come from a user
        Div body = new Div();
        body.setText(n.body(getLocale()));
        body.getStyle().set("white-space", "pre-line").set("color", "var(--lumo-secondary-text-color)");
        return new Div(title, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications");
    }
}
