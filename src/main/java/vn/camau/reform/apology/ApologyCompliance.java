package vn.camau.reform.apology;

import vn.camau.reform.base.period.Ratio;

/**
 * Apology duty for the dossiers that became late in a period (their due date passed in it while
 * they were unfinished): DOMAIN §6. Counted under the handling unit, like every other figure.
 *
 * @param required      dossiers that became late: each owes the applicant an apology
 * @param issuedInTime  of those, apologised for by a signed letter dated at least the lead time
 *                      before the due date
 * @param issuedLate    signed after that
 * @param missing       no signed apology (none at all, or a draft still unsigned)
 * @param unpublished   signed but not yet published, as Cà Mau's rule asks
 * @param secondMiss    signed, and the new appointment date was missed too: the worst case
 */
public record ApologyCompliance(long required, long issuedInTime, long issuedLate, long missing,
                                long unpublished, long secondMiss) {

    public static final ApologyCompliance NONE = new ApologyCompliance(0, 0, 0, 0, 0, 0);

    public ApologyCompliance plus(ApologyCompliance o) {
        return new ApologyCompliance(required + o.required, issuedInTime + o.issuedInTime,
                issuedLate + o.issuedLate, missing + o.missing, unpublished + o.unpublished,
                secondMiss + o.secondMiss);
    }

    /** Apology compliance = late dossiers with an apology issued in time ÷ late dossiers. */
    public Ratio ratio() {
        return new Ratio(issuedInTime, required);
    }
}
