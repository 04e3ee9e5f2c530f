package vn.camau.reform.security.audit.ui;

import com.vaadin.flow.data.renderer.LitRenderer;

import vn.camau.reform.security.audit.AuditRecord;

/** An audit entry as a phone card: when and what, who from where, the object and unit, the change. */
final class AuditCard {

    private AuditCard() {
    }

    static LitRenderer<AuditRecord> renderer(AuditView view) {
        return LitRenderer.<AuditRecord>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.action}</span><span>${item.time}</span></div>
                          <div class="phone-card-line">${item.who}</div>
                          <div class="phone-card-line">${item.object}</div>
                          <div class="phone-card-line audit-change">${item.change}</div>
                        </div>""")
                .withProperty("action", r -> view.actionLabel(r.action()))
                .withProperty("time", r -> AuditView.TIME.format(r.occurredAt()))
                .withProperty("who", r -> (r.actorName() == null ? "—" : r.actorName())
                        + (r.clientIp() == null ? "" : " · " + r.clientIp()))
                .withProperty("object", r -> join(view.object(r), r.unitName()))
                .withProperty("change", view::change);
    }

    private static String join(String a, String b) {
        if (b == null || b.isBlank()) {
            return a;
        }
        return a == null || a.isBlank() ? b : a + " · " + b;
    }
}
