package vn.camau.reform.account.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.camau.reform.account.OwnAccountService;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.security.OpenSession;
import vn.camau.reform.base.text.IpAddresses;

/**
 * The user's open sessions on every node (this one marked) and a button that ends all the others: for
 * someone who signed in on a shared computer, or sees a session that is not theirs.
 */
class OwnSessions extends VerticalLayout {

    private final transient OwnAccountService own;
    private final Grid<OpenSession> grid = new Grid<>();
    private final Button endOthers = new Button();

    OwnSessions(OwnAccountService own) {
        this.own = own;
        setPadding(false);
        addClassName("own-sessions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::where).setHeader(getTranslation("ownAccount.sessions.device"))
                .setFlexGrow(1);
        grid.addColumn(s -> time(s.lastSeenAt())).setHeader(getTranslation("ownAccount.sessions.seen"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        endOthers.setText(getTranslation("ownAccount.sessions.endOthers"));
        endOthers.addThemeVariants(ButtonVariant.LUMO_ERROR);
        endOthers.addClassName("end-other-sessions");
        endOthers.addClickListener(e -> endOthers());
        add(new H3(getTranslation("ownAccount.sessions.title")),
                new Paragraph(getTranslation("ownAccount.sessions.hint")), grid, endOthers);
        refresh();
    }

    private void refresh() {
        var sessions = own.openSessions();
        grid.setItems(sessions);
        endOthers.setEnabled(sessions.stream().anyMatch(s -> !s.current()));
    }

    private void endOthers() {
        int ended = own.endOtherSessions();
        Notifications.success(getTranslation("ownAccount.sessions.ended", ended));
        refresh();
    }

    /** Browser and system in words, the address, how it signed in, and "this session". */
    private VerticalLayout where(OpenSession s) {
        Span device = new Span(device(s.userAgent()) + (s.current() ? " · " + getTranslation("ownAccount.sessions.this")
                : ""));
        device.getStyle().set("font-weight", s.current() ? "600" : "normal");
        // one column of words and one of time, so the list fits a phone as it is
        Span detail = new Span((s.clientIp() == null ? "–" : IpAddresses.shown(s.clientIp())) + " · "
                + getTranslation("ownAccount.sessions.method." + s.method()) + " · "
                + getTranslation("ownAccount.sessions.since") + " " + time(s.signedInAt()));
        detail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout cell = new VerticalLayout(device, detail);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private static String time(Instant at) {
        return VnFormats.dateTime(LocalDateTime.ofInstant(at, ZoneId.systemDefault()));
    }

    /** "Chrome · Windows" from a User-Agent header; the header itself is no help to a reader. */
    static String device(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser = ua.contains("edg/") ? "Edge" : ua.contains("opr/") ? "Opera"
                : ua.contains("coc_coc") || ua.contains("coccoc") ? "Cốc Cốc" : ua.contains("firefox/") ? "Firefox"
                : ua.contains("chrome/") || ua.contains("chromium/") ? "Chrome" : ua.contains("safari/") ? "Safari"
                : userAgent.length() > 40 ? userAgent.substring(0, 40) + "…" : userAgent;
        String system = ua.contains("android") ? "Android" : ua.contains("iphone") || ua.contains("ipad") ? "iOS"
                : ua.contains("windows") ? "Windows" : ua.contains("mac os") ? "macOS"
                : ua.contains("linux") ? "Linux" : null;
        return system == null ? browser : browser + " · " + system;
    }
}
