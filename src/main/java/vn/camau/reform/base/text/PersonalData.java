package vn.camau.reform.base.text;

import java.text.Normalizer;

/**
 * Masks citizens' personal data for screens and lists that do not need it in full.
 * "Nguyễn Văn An" becomes "Nguyễn V. A.": the family name stays so a desk officer can still tell
 * applicants apart, the rest is reduced to initials.
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static String maskName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        // NFC first: a decomposed "Á" would otherwise lose its accent when cut to one code point
        String[] parts = Normalizer.normalize(fullName.strip(), Normalizer.Form.NFC).split("\\s+");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(' ').appendCodePoint(parts[i].codePointAt(0)).append('.');
        }
        return sb.toString();
    }

    /**
     * A confidential reporter, as an officer handling the report needs them: "Nguyễn Văn An" becomes
     * "*** A.", the given name's initial only (enough to say "anh/chị A." on the phone, not to find
     * the person); the full name only through a logged reveal.
     */
    public static String maskReporterName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        String[] parts = Normalizer.normalize(fullName.strip(), Normalizer.Form.NFC).split("\\s+");
        String given = parts[parts.length - 1];
        return new StringBuilder("*** ").appendCodePoint(given.codePointAt(0)).append('.').toString();
    }

    /** "0912345678" becomes "*******678": the last three digits, to match a call back, nothing more. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? "" : "*".repeat(phone.length());
        }
        return "*".repeat(phone.length() - 3) + phone.substring(phone.length() - 3);
    }
}
