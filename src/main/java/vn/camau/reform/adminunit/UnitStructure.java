package vn.camau.reform.adminunit;

/**
 * Which tree a breakdown follows. CURRENT rolls every former unit's history up to the unit it
 * became part of (DOMAIN §2); FORMER shows the pre-July-2025 tree of districts and communes, for
 * periods before the reorganisation.
 */
public enum UnitStructure {
    CURRENT, FORMER;

    /** Translation key of the structure's name. */
    public String labelKey() {
        return "overview.tree." + name();
    }
}
