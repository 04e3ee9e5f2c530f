package vn.camau.reform.apology;

/** How the letter reaches the applicant: on paper at the desk for in-person dossiers, else online. */
public enum DeliveryChannel {
    DESK,
    EMAIL,
    SMS,
    ZALO,
    POST;

    /** Translation key of the channel's name. */
    public String labelKey() {
        return "apology.channel." + name();
    }
}
