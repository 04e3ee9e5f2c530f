package vn.camau.reform.evaluation;

/** The forms of discipline of a civil servant (Law on Cadres and Civil Servants), mildest first. */
public enum DisciplineForm {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Hạ bậc lương. */
    SALARY_DEMOTION,
    /** Giáng chức. */
    DEMOTION,
    /** Cách chức. */
    REMOVAL,
    /** Buộc thôi việc. */
    DISMISSAL;

    public String labelKey() {
        return "discipline.form." + name();
    }
}
