package vn.camau.reform.hotline;

/** What follows for the officer reported on: nothing, a reminder, a review (kiểm điểm), discipline. */
public enum OfficerAction {
    NONE, REMINDER, REVIEW, DISCIPLINE;

    public String labelKey() {
        return "hotline.officer-action." + name();
    }
}
