package vn.camau.reform.evaluation.ui;

import org.springframework.stereotype.Component;

import vn.camau.reform.base.ui.MenuVisibility;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.security.CurrentUser;

/** "Đánh giá của tôi" is offered only to users with an officer record: nobody else is ever rated. */
@Component
class MyEvaluationsMenu implements MenuVisibility {

    private final EvaluationService evaluations;
    private final CurrentUser currentUser;

    MyEvaluationsMenu(EvaluationService evaluations, CurrentUser currentUser) {
        this.evaluations = evaluations;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return EvaluationNavigation.MINE;
    }

    @Override
    public boolean visible() {
        return currentUser.get().isPresent() && evaluations.linkedToOfficer();
    }
}
