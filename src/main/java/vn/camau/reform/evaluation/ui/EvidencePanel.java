package vn.camau.reform.evaluation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.evaluation.OfficerEvidence;

/**
 * What the records say of the officer in the period: read from the dossiers, apologies and hotline
 * reports when the page opens, and editable by nobody, so the rating can be checked against them.
 */
class EvidencePanel extends Composite<VerticalLayout> {

    EvidencePanel(OfficerEvidence ev) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setId("evidence");
        Paragraph source = new Paragraph(getTranslation("evaluations.evidence.source"));
        source.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-style", "italic");
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        f.addFormItem(new Span(VnFormats.count(ev.resolved())), getTranslation("evaluations.evidence.resolved"));
        f.addFormItem(new Span(ratio(ev.onTime())), getTranslation("evaluations.evidence.on-time"));
        f.addFormItem(new Span(VnFormats.count(ev.lateCaused())), getTranslation("evaluations.evidence.late"));
        f.addFormItem(new Span(VnFormats.count(ev.apologiesCaused())),
                getTranslation("evaluations.evidence.apologies"));
        f.addFormItem(new Span(getTranslation("evaluations.evidence.hotline.value", VnFormats.count(ev.hotlineReports()),
                VnFormats.count(ev.hotlineFounded()))), getTranslation("evaluations.evidence.hotline"));
        f.addFormItem(new Span(ratio(ev.satisfaction())), getTranslation("evaluations.evidence.satisfaction"));
        layout.add(new H3(getTranslation("evaluations.evidence")), source, f);
    }

    /** "95,00% (19/20)", or "no data" when there is nothing to divide by. */
    private String ratio(Ratio r) {
        if (!r.hasData()) {
            return getTranslation("evaluations.evidence.no-data");
        }
        return VnFormats.percent(r.value()) + " (" + VnFormats.count(r.numerator()) + "/"
                + VnFormats.count(r.denominator()) + ")";
    }
}
