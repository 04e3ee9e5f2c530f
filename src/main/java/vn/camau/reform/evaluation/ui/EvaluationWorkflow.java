package vn.camau.reform.evaluation.ui;

import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationAction;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.RuleSet;
import vn.camau.reform.base.ui.DialogOpener;

/**
 * The buttons for the steps the user may take on a rating now, as the service reports them (and
 * checks again). Each step sends the version the page was read at, so a step on a rating someone
 * changed meanwhile is refused instead of overwriting.
 */
class EvaluationWorkflow extends Composite<HorizontalLayout> {

    private final transient EvaluationService service;
    private final Evaluation e;
    private final RuleSet rules;
    private final Runnable reload;

    EvaluationWorkflow(EvaluationService service, Evaluation e, RuleSet rules, Set<EvaluationAction> actions,
                       Runnable reload) {
        this.service = service;
        this.e = e;
        this.rules = rules;
        this.reload = reload;
        HorizontalLayout layout = getContent();
        if (actions.contains(EvaluationAction.SELF_ASSESSED)) {
            layout.add(button("evaluations.self-assess", this::selfAssess, ButtonVariant.LUMO_PRIMARY));
        }
        if (actions.contains(EvaluationAction.PROPOSED)) {
            layout.add(button("evaluations.propose", this::propose, ButtonVariant.LUMO_PRIMARY));
        }
        if (actions.contains(EvaluationAction.REVIEWED)) {
            layout.add(button("evaluations.review", this::review, ButtonVariant.LUMO_PRIMARY));
        }
        if (actions.contains(EvaluationAction.APPROVED)) {
            layout.add(button("evaluations.approve", this::approve, ButtonVariant.LUMO_PRIMARY));
        }
        if (actions.contains(EvaluationAction.RETURNED)) {
            layout.add(button("evaluations.return", this::returnForRevision, ButtonVariant.LUMO_ERROR));
        }
    }

    boolean hasSteps() {
        return getContent().getComponentCount() > 0;
    }

    private Button button(String key, Runnable open, ButtonVariant variant) {
        Button b = new Button(getTranslation(key), ev -> open.run());
        DialogOpener.mark(b);
        b.addThemeVariants(variant);
        return b;
    }

    private void selfAssess() {
        ScoreFields fields = new ScoreFields(rules, e.disciplined());
        new EvaluationStepDialog(getTranslation("evaluations.self-assess.title", e.officerName()),
                getTranslation("evaluations.self-assess.confirm"),
                () -> service.selfAssess(e.id(), e.version(), fields.read()),
                done("evaluations.self-assessed"), fields).open();
    }

    private void propose() {
        ScoreFields fields = new ScoreFields(rules, e.disciplined());
        if (e.self() != null) {
            // Start from the officer's own entry: the manager changes what they disagree with
            fields.show(e.self().general(), e.self().task(), e.self().level());
        }
        new EvaluationStepDialog(getTranslation("evaluations.propose.title", e.officerName()),
                getTranslation("evaluations.propose.confirm"),
                () -> service.propose(e.id(), e.version(), fields.read()),
                done("evaluations.proposed"), fields).open();
    }

    private void review() {
        TextArea comment = comment(false);
        new EvaluationStepDialog(getTranslation("evaluations.review.title", e.officerName()),
                getTranslation("evaluations.review.confirm"),
                () -> service.review(e.id(), e.version(), comment.getValue()),
                done("evaluations.reviewed"), comment).open();
    }

    private void approve() {
        TextArea comment = comment(false);
        new EvaluationStepDialog(getTranslation("evaluations.approve.title", e.officerName()),
                getTranslation("evaluations.approve.confirm"),
                () -> service.approve(e.id(), e.version(), comment.getValue()),
                done("evaluations.approved"), comment).open();
    }

    private void returnForRevision() {
        TextArea comment = comment(true);
        new EvaluationStepDialog(getTranslation("evaluations.return.title", e.officerName()),
                getTranslation("evaluations.return.confirm"),
                () -> service.returnForRevision(e.id(), e.version(), comment.getValue()),
                done("evaluations.returned"), comment).open();
    }

    private TextArea comment(boolean required) {
        TextArea comment = new TextArea(getTranslation("evaluations.comment"));
        comment.setMaxLength(EvaluationService.MAX_COMMENT);
        comment.setRequiredIndicatorVisible(required);
        comment.setWidth("32em");
        return comment;
    }

    private Runnable done(String messageKey) {
        return () -> {
            Notifications.success(getTranslation(messageKey));
            reload.run();
        };
    }
}
