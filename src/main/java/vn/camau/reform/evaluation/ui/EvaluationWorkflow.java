package vn.camau.reform.evaluation.ui;

import java.util.Set;
import java.util.function.IntSupplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationAction;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.RuleSet;
import vn.camau.reform.evaluation.ScoreForm;

/**
 * The buttons for the steps the user may take on the rating now, as the service says, each opening
 * its dialog. Every step sends the version the page shows, so a step on a rating someone changed
 * meanwhile is refused instead of overwriting.
 */
class EvaluationWorkflow extends Composite<HorizontalLayout> {

    private final transient EvaluationService evaluations;
    private final Evaluation e;
    private final RuleSet rules;
    private final IntSupplier version;
    private final Runnable reload;

    EvaluationWorkflow(EvaluationService evaluations, Evaluation e, RuleSet rules, Set<EvaluationAction> actions,
                       IntSupplier version, Runnable reload) {
        this.evaluations = evaluations;
        this.e = e;
        this.rules = rules;
        this.version = version;
        this.reload = reload;
        HorizontalLayout layout = getContent();
        layout.setId("evaluation-actions");
        if (actions.contains(EvaluationAction.SELF_ASSESSED)) {
            layout.add(button("evaluations.do.self", this::selfAssess, ButtonVariant.LUMO_PRIMARY));
        }
        if (actions.contains(EvaluationAction.PROPOSED)) {
            layout.add(button("evaluations.do.propose", this::propose, ButtonVariant.LUMO_PRIMARY));
        }
        if (actions.contains(EvaluationAction.REVIEWED)) {
            layout.add(button("evaluations.do.review", this::review, ButtonVariant.LUMO_PRIMARY));
        }
        if (actions.contains(EvaluationAction.APPROVED)) {
            layout.add(button("evaluations.do.approve", this::approve, ButtonVariant.LUMO_PRIMARY));
        }
        if (actions.contains(EvaluationAction.RETURNED)) {
            layout.add(button("evaluations.do.return", this::returnForRevision, ButtonVariant.LUMO_ERROR));
        }
    }

    boolean hasSteps() {
        return getContent().getComponentCount() > 0;
    }

    private Button button(String key, Runnable open, ButtonVariant variant) {
        Button b = new Button(getTranslation(key), ev -> open.run());
        b.addThemeVariants(variant);
        return b;
    }

    private void selfAssess() {
        ScoreFields fields = new ScoreFields(rules, e.disciplined(), from(e.self()));
        new StepDialog(getTranslation("evaluations.do.self.title", e.officerName()),
                getTranslation("evaluations.do.self.confirm"),
                () -> evaluations.selfAssess(e.id(), version.getAsInt(), fields.read()),
                getTranslation("evaluations.do.self.done"), reload, fields).open();
    }

    private void propose() {
        // The officer's own figures are where the manager starts from
        ScoreFields fields = new ScoreFields(rules, e.disciplined(), from(e.proposal() != null ? e.proposal() : e.self()));
        new StepDialog(getTranslation("evaluations.do.propose.title", e.officerName()),
                getTranslation("evaluations.do.propose.confirm"),
                () -> evaluations.propose(e.id(), version.getAsInt(), fields.read()),
                getTranslation("evaluations.do.propose.done"), reload, fields).open();
    }

    private void review() {
        TextArea comment = comment(false);
        new StepDialog(getTranslation("evaluations.do.review.title", e.officerName()),
                getTranslation("evaluations.do.review.confirm"),
                () -> evaluations.review(e.id(), version.getAsInt(), comment.getValue()),
                getTranslation("evaluations.do.review.done"), reload, comment).open();
    }

    private void approve() {
        TextArea comment = comment(false);
        new StepDialog(getTranslation("evaluations.do.approve.title", e.officerName()),
                getTranslation("evaluations.do.approve.confirm"),
                () -> evaluations.approve(e.id(), version.getAsInt(), comment.getValue()),
                getTranslation("evaluations.do.approve.done"), reload,
                new Paragraph(getTranslation("evaluations.do.approve.hint",
                        EvaluationLabels.entry(this, e.proposal()))), comment).open();
    }

    private void returnForRevision() {
        TextArea comment = comment(true);
        new StepDialog(getTranslation("evaluations.do.return.title", e.officerName()),
                getTranslation("evaluations.do.return.confirm"),
                () -> evaluations.returnForRevision(e.id(), version.getAsInt(), comment.getValue()),
                getTranslation("evaluations.do.return.done"), reload, comment).open();
    }

    private TextArea comment(boolean required) {
        TextArea comment = new TextArea(getTranslation(required ? "evaluations.return.comment" : "evaluations.comment"));
        comment.setMaxLength(EvaluationService.MAX_COMMENT);
        comment.setRequiredIndicatorVisible(required);
        comment.setWidth("32em");
        return comment;
    }

    private static ScoreForm from(Evaluation.Entry entry) {
        return entry == null ? null : new ScoreForm(entry.general(), entry.task(), entry.level(), null);
    }
}
