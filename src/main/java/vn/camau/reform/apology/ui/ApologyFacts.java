package vn.camau.reform.apology.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

import vn.camau.reform.apology.Apology;
import vn.camau.reform.base.text.VnFormats;

/**
 * The apology as its letter states it and as the register tracks it. The drafter's own fields
 * (agency, reason, new date, channel) are shown here only when they can no longer be edited; while
 * editable the form shows them.
 */
class ApologyFacts extends Composite<FormLayout> {

    ApologyFacts(Apology a, boolean withDraftFields) {
        Apology.Dossier dossier = a.dossier();
        Apology.Letter letter = a.letter();
        FormLayout f = getContent();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        f.addFormItem(new Span(dossier.procedureName()), getTranslation("col.procedure"));
        f.addFormItem(new Span(dossier.handlingUnitName()), getTranslation("dossier.handling-unit"));
        f.addFormItem(new Span(dossier.applicantMasked()), getTranslation("dossier.applicant"));
        f.addFormItem(new Span(VnFormats.dateTime(dossier.receivedAt())), getTranslation("col.received"));
        f.addFormItem(new Span(VnFormats.date(a.originalDueDate())), getTranslation("apologies.col.original-date"));
        if (withDraftFields) {
            f.addFormItem(new Span(VnFormats.date(a.newDueDate())), getTranslation("apologies.col.new-date"));
            f.addFormItem(new Span(a.faultUnitName()), getTranslation("apologies.col.fault-unit"));
            f.addFormItem(new Span(getTranslation(a.delivery().channel().labelKey())),
                    getTranslation("apologies.col.channel"));
        }
        f.addFormItem(new Span(nz(letter.number())), getTranslation("apologies.col.letter-number"));
        f.addFormItem(new Span(letter.signerName() == null ? "" : letter.signerTitle() + " " + letter.signerName()),
                getTranslation("apologies.signer"));
        f.addFormItem(new Span(VnFormats.date(letter.issuedOn())), getTranslation("apologies.col.issued"));
        f.addFormItem(new Span(VnFormats.date(letter.issueDeadline())), getTranslation("apologies.col.issue-deadline"));
        f.addFormItem(new Span(VnFormats.dateTime(a.delivery().sentAt())), getTranslation("apologies.sent-at"));
        f.addFormItem(new Span(published(a)), getTranslation("apologies.col.published"));
        f.addFormItem(new Span(a.createdByName() + ", " + VnFormats.dateTime(a.createdAt())),
                getTranslation("apologies.created-by"));
        if (a.declaredLate()) {
            f.addFormItem(new Span(getTranslation("apologies.declared-late")), getTranslation("apologies.draft.lateness"));
        }
        if (withDraftFields) {
            f.setColspan(f.addFormItem(new Span(a.reason()), getTranslation("apologies.field.reason")), 3);
        }
    }

    private String published(Apology a) {
        return a.publication().at() == null ? "" : getTranslation("apologies.published-at", nz(a.publication().where()),
                VnFormats.dateTime(a.publication().at()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
