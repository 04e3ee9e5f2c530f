package vn.camau.reform.dossier;

/** How the applicant submitted the dossier. */
public enum Channel {
    IN_PERSON, ONLINE, POSTAL;

    /** Translation key of the channel's name. */
    public String labelKey() {
        return "channel." + name();
    }
}
