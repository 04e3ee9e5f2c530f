package vn.camau.reform.dossier;

/**
 * How a dossier was served, beyond its timing: the facts behind the online-payment, digitisation
 * and satisfaction indicators, kept together because the one-stop system reports them together.
 *
 * @param rating null when the applicant did not rate
 */
public record ServiceFlags(boolean hasFee, boolean paidOnline, boolean digitised, boolean returnedHome,
                           Rating rating) {
}
