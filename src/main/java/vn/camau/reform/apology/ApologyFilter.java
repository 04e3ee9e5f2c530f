package vn.camau.reform.apology;

import java.time.LocalDate;

import vn.camau.reform.apology.ApologyState;

/**
 * The register's filters; null means "any". The period is on the original appointment date, the
 * day the dossier became late, as apology compliance counts it.
 *
 * @param issuedInTime true: signed in time; false: signed late; null: any
 */
public record ApologyFilter(Long unitId, LocalDate from, LocalDate to, ApologyState state, Boolean issuedInTime,
                            Boolean published, boolean secondMissOnly) {

    public static ApologyFilter all() {
        return new ApologyFilter(null, null, null, null, null, null, false);
    }
}
