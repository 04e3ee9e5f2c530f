package vn.camau.reform.hotline;

/** What a report is about; each category has its own answer deadline (a setting, in working days). */
public enum HotlineCategory {
    /** Officer attitude, harassment (nhũng nhiễu, gây phiền hà). */
    ATTITUDE(5),
    LATE_DOSSIER(5),
    PROCEDURE_QUESTION(5),
    FACILITIES(5),
    /** Khiếu nại, under the Law on Complaints. */
    COMPLAINT(30),
    /** Tố cáo: the reporter's identity must be protected (Law on Denunciation). */
    DENUNCIATION(30),
    OUT_OF_SCOPE(5);

    private final int defaultWorkingDays;

    HotlineCategory(int defaultWorkingDays) {
        this.defaultWorkingDays = defaultWorkingDays;
    }

    /** The deadline used when the setting is missing. */
    public int defaultWorkingDays() {
        return defaultWorkingDays;
    }

    public String labelKey() {
        return "hotline.category." + name();
    }
}
