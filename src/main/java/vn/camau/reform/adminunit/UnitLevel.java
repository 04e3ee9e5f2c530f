package vn.camau.reform.adminunit;

/** Where a unit sits in the tree. Districts exist only before 1 July 2025. */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE, AGENCY
}
