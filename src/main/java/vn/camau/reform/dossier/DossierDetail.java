package vn.camau.reform.dossier;

import java.util.List;

/**
 * One dossier with its timeline. {@code workingDaysLate} is computed for today while it is open.
 *
 * @param openTiming null once finished
 */
public record DossierDetail(long id, String code, Procedure procedure, String receivingUnitName,
                            String handlingUnitName, long handlingUnitId, Channel channel, DossierState state,
                            DossierDates dates, Timing timing, OpenTiming openTiming, int workingDaysLate,
                            ServiceFlags service, String applicantMasked, String handlingOfficerName,
                            Responsible responsible, List<DossierStep> steps) {

    /** The procedure the dossier follows, by its catalogue code, name and field (lĩnh vực). */
    public record Procedure(String code, String name, String fieldName) {
    }

    /**
     * Who holds the dossier now (open) or whose step overran (late); every part null when nobody is.
     */
    public record Responsible(String step, String unitName, String officerName) {
    }
}
