package vn.camau.reform.dossier;

/**
 * Who submitted a dossier, as the one-stop system reported them: personal data, masked or left
 * out wherever it is shown.
 *
 * @param phone null when not given
 * @param email null when not given
 */
public record Applicant(String name, String phone, String email) {
}
