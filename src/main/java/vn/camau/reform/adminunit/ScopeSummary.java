package vn.camau.reform.adminunit;

/** How many units a user's scope holds, now and before the reorganisation. */
public record ScopeSummary(int communes, int wards, int agencies, int formerDistricts, int formerCommunes) {
}
