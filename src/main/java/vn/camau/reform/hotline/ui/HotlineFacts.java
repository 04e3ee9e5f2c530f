package vn.camau.reform.hotline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dossier.ui.DossierNavigation;
import vn.camau.reform.hotline.HotlineAnswer;
import vn.camau.reform.hotline.HotlineAssignment;
import vn.camau.reform.hotline.HotlineReport;
import vn.camau.reform.hotline.LeaderConclusion;
import vn.camau.reform.hotline.ReportSubject;

/**
 * What the report says and where it stands: the facts as received, the deadlines, the assignment,
 * the answer to the citizen, the citizen's satisfaction and the leader's conclusion. Every value is
 * set as text, so nothing a citizen or an officer typed is ever read as HTML.
 */
class HotlineFacts extends Composite<VerticalLayout> {

    private static final String NONE = "—";

    HotlineFacts(HotlineReport r, boolean mayOpenDossier) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);

        ReportSubject subject = r.subject();
        FormLayout received = form();
        item(received, text(r.code()), "hotline.col.code");
        item(received, text(getTranslation(r.channel().labelKey())), "hotline.col.channel");
        item(received, text(VnFormats.dateTime(r.receivedAt())), "hotline.col.received");
        item(received, text(getTranslation(subject.category().labelKey())), "hotline.col.category");
        item(received, text(subject.unitName()), "hotline.field.unit");
        item(received, text(subject.officerName()), "hotline.col.officer");
        item(received, dossier(subject.dossierCode(), mayOpenDossier), "hotline.col.dossier");
        item(received, text(r.createdByName()), "hotline.created-by");
        layout.add(received);

        Div description = new Div();
        description.setId("description");
        // Plain text: the citizen's words, line breaks kept, markup shown as typed
        description.setText(r.description());
        description.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        layout.add(new H3(getTranslation("hotline.field.description")), description);

        layout.add(new H3(getTranslation("hotline.section.deadlines")));
        FormLayout deadlines = form();
        item(deadlines, text(VnFormats.date(r.assignDueDate())), "hotline.assign-due");
        item(deadlines, text(VnFormats.date(r.dueDate())), "hotline.col.due");
        item(deadlines, HotlineBadges.timing(this, r.timing()), "hotline.col.timing");
        if (r.reopenCount() > 0) {
            item(deadlines, text(VnFormats.count(r.reopenCount())), "hotline.reopen-count");
        }
        layout.add(deadlines);

        layout.add(new H3(getTranslation("hotline.section.assignment")));
        HotlineAssignment assigned = r.assignment();
        FormLayout assignment = form();
        item(assignment, text(assigned.unitName()), "hotline.assigned-unit");
        item(assignment, text(assigned.assigneeName()), "hotline.col.assignee");
        item(assignment, text(VnFormats.dateTime(assigned.assignedAt())), "hotline.assigned-at");
        layout.add(assignment);

        HotlineAnswer answered = r.answer();
        if (answered.answeredAt() != null) {
            layout.add(new H3(getTranslation("hotline.section.answer")));
            FormLayout answer = form();
            item(answer, text(VnFormats.dateTime(answered.answeredAt())), "hotline.answered-at");
            item(answer, text(answered.channel() == null ? null : getTranslation(answered.channel().labelKey())),
                    "hotline.answer-channel");
            item(answer, text(answered.answeredByName()), "hotline.answered-by");
            item(answer, text(answered.satisfaction() == null ? null : getTranslation(answered.satisfaction().labelKey())),
                    "hotline.col.satisfaction");
            answer.setColspan(item(answer, multiline(answered.text()), "hotline.answer-text"), 3);
            layout.add(answer);
        }

        LeaderConclusion concluded = r.conclusion();
        if (concluded.conclusion() != null || r.closedAt() != null) {
            layout.add(new H3(getTranslation("hotline.section.conclusion")));
            FormLayout conclusion = form();
            if (concluded.conclusion() != null) {
                item(conclusion, text(getTranslation(concluded.conclusion().labelKey())), "hotline.col.conclusion");
                item(conclusion, text(concluded.officerAction() == null ? ""
                                : getTranslation(concluded.officerAction().labelKey())),
                        "hotline.officer-action");
                item(conclusion, text(concluded.concludedByName() + ", " + VnFormats.dateTime(concluded.concludedAt())),
                        "hotline.concluded-by");
                conclusion.setColspan(item(conclusion, multiline(concluded.note()), "hotline.conclusion-note"), 3);
            }
            if (r.closedAt() != null) {
                item(conclusion, text(VnFormats.dateTime(r.closedAt())), "hotline.closed-at");
            }
            layout.add(conclusion);
        }
    }

    private static FormLayout form() {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return f;
    }

    private FormLayout.FormItem item(FormLayout f, Component value, String labelKey) {
        return f.addFormItem(value, getTranslation(labelKey));
    }

    /** A value, or "—" where there is none: a label beside nothing read as a page that failed to load. */
    private static Span text(String s) {
        return new Span(s == null || s.isBlank() ? NONE : s);
    }

    private static Span multiline(String s) {
        Span span = text(s);
        span.getStyle().set("white-space", "pre-wrap");
        return span;
    }

    private static Component dossier(String code, boolean mayOpen) {
        if (code == null || code.isBlank()) {
            return text(null);
        }
        return mayOpen ? new Anchor(DossierNavigation.dossier(code), code) : text(code);
    }
}
