package vn.camau.reform.dossier;

/**
 * How far a procedure is offered online (dịch vụ công trực tuyến toàn trình / một phần), as the
 * one-stop systems and the national portal report it. Stored by name.
 */
public enum OnlineLevel {
    /** Toàn trình: submitted, paid and resolved online without a visit; eligible for the 766 online-services share. */
    FULL,
    /** Một phần: some step still needs the applicant at the desk. */
    PARTIAL;

    /** Translation key of the online level's name. */
    public String labelKey() {
        return "dossier.onlineLevel." + name();
    }
}
