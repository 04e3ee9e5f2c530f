package vn.camau.reform.security;

/** Role names for {@code @RolesAllowed}; see {@link Role} for what each may do. */
public final class Roles {
    public static final String PROVINCE_LEADER = "PROVINCE_LEADER";
    public static final String UNIT_LEADER = "UNIT_LEADER";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String INSPECTION_LEADER = "INSPECTION_LEADER";
    public static final String HR = "HR";
    public static final String OFFICER = "OFFICER";
    public static final String ADMIN = "ADMIN";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {
    }
}
