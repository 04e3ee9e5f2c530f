package vn.camau.reform.calendar;

/** An exception to the Monday–Friday working week. */
public enum DayKind {
    /** Public holiday, Tết, or a compensatory or swapped day off. */
    DAY_OFF,
    /** A Saturday worked in exchange for a day off. */
    WORKING_SATURDAY;

    /** Translation key of the kind's name. */
    public String labelKey() {
        return "calendar.kind." + name();
    }
}
