package vn.camau.reform.security;

/** What a user does in the product. Every user also has a unit, which bounds what they see. */
public enum Role {
    /** Chairperson or vice-chair of the provincial People's Committee. */
    PROVINCE_LEADER,
    /** Chairperson of a commune/ward or head of an agency: the same views, for their unit. */
    UNIT_LEADER,
    /** Works the hotline complaint log. */
    INSPECTOR,
    /** Heads the inspection office (Chánh Thanh tra): assigns reports, sees reporters, concludes. */
    INSPECTION_LEADER,
    /** Reviews officers' performance and evaluations. */
    HR,
    /** A civil servant: their own evaluation. */
    OFFICER,
    /** Maintains units, users, procedures, holidays and imports. */
    ADMIN,
    /** Reads everything in scope, changes nothing. */
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
