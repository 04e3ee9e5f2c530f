package vn.camau.reform.security.audit.ui;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;

import vn.camau.reform.security.audit.AuditRecord;

/**
 * One audit entry with all it holds, opened by a click on its row: every column, the action's stored
 * code, and each changed field on a line of its own (before → after), which the grid can only abbreviate.
 */
final class AuditDetails extends Dialog {

    AuditDetails(AuditView view, AuditRecord r) {
        addClassName("audit-details");
        setHeaderTitle(view.getTranslation("audit.details.title", String.valueOf(r.id())));
        setWidth("40rem");
        setMaxWidth("100%");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        item(form, view.getTranslation("audit.col.time"), AuditView.TIME.format(r.occurredAt()));
        item(form, view.getTranslation("audit.col.actor"), r.actorName());
        item(form, view.getTranslation("audit.col.ip"), r.clientIp());
        item(form, view.getTranslation("audit.col.action"), view.actionLabel(r.action()) + " (" + r.action().name() + ")");
        item(form, view.getTranslation("audit.col.object"), view.object(r));
        item(form, view.getTranslation("col.unit"), r.unitName());
        Set<String> keys = new LinkedHashSet<>(r.before().keySet());
        keys.addAll(r.after().keySet());
        Function<Object, String> shown = view::shown;
        for (String k : keys) {
            String text = r.before().containsKey(k)
                    ? shown.apply(r.before().get(k)) + " → " + (r.after().containsKey(k) ? shown.apply(r.after().get(k)) : "—")
                    : shown.apply(r.after().get(k));
            form.setColspan(form.addFormItem(new Div(text), view.field(k)), 2);
        }
        if (keys.isEmpty()) {
            form.setColspan(form.addFormItem(new Div("—"), view.getTranslation("audit.col.change")), 2);
        }
        add(form);
        getFooter().add(new Button(view.getTranslation("audit.details.close"), e -> close()));
    }

    private static void item(FormLayout form, String label, String value) {
        Div shown = new Div(value == null || value.isBlank() ? "—" : value);
        shown.getStyle().set("overflow-wrap", "anywhere");
        form.addFormItem(shown, label);
    }
}
