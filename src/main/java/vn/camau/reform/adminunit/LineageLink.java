package vn.camau.reform.adminunit;

/**
 * One old unit → new unit pair of the 2025 reorganisation. A split old unit has several links; its
 * history is shown under the one marked primary, and {@code primaryRule} says why.
 */
public record LineageLink(long oldUnitId, String oldCode, String oldName, String oldDistrictName,
                          long newUnitId, String newCode, String newName, MergeType mergeType,
                          boolean primary, PrimaryRule primaryRule) {

    public enum MergeType {
        /** The whole old unit went into the new one. */
        FULL,
        /** The old unit was split among several new ones. */
        PARTIAL;

        /** Translation key of the merge type's name. */
        public String labelKey() {
            return "units.lineage.merge." + name();
        }
    }

    public enum PrimaryRule {
        /** It had one successor. */
        ONLY_SUCCESSOR,
        /** Split, and this successor kept the old unit's code. */
        KEPT_CODE,
        /** Split, no successor kept the code: the first successor in the official list takes the history. */
        FIRST_LISTED;

        /** Translation key of the rule's name. */
        public String labelKey() {
            return "units.lineage.rule." + name();
        }
    }
}
