package vn.camau.reform.dossier;

/** The applicant's rating of the service, as the national portal collects it. */
public enum Rating {
    VERY_SATISFIED, SATISFIED, DISSATISFIED;

    /** Translation key of the rating's name. */
    public String labelKey() {
        return "rating." + name();
    }

    public boolean isSatisfied() {
        return this != DISSATISFIED;
    }
}
