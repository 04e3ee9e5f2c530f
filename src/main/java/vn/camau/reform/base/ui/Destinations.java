package vn.camau.reform.base.ui;

/**
 * The addresses one feature's screens link to on another's, written once: the routes use the same
 * constants, so a link cannot point at a page that moved. Kept in base so a dossier screen can link a
 * unit to the dashboard's overview without the dossier feature depending on the dashboard.
 */
public final class Destinations {

    /** The overview of a unit's figures ({@code ?unit=} picks the unit). */
    public static final String OVERVIEW = "overview";

    /** One officer's performance ({@code :id} is the officer). */
    public static final String OFFICER_PERFORMANCE = "officers/:id";

    private Destinations() {
    }

    /** A unit's figures on the overview. */
    public static String unitFigures(long unitId) {
        return OVERVIEW + "?unit=" + unitId;
    }

    /** An officer's performance, for the page's default period. */
    public static String officerPerformance(long officerId) {
        return OFFICER_PERFORMANCE.replace(":id", Long.toString(officerId));
    }
}
