package vn.camau.reform.apology.letter;

import java.text.Normalizer;

import org.springframework.stereotype.Component;

import vn.camau.reform.base.text.VnFormats;

/**
 * The apology in one paragraph, for SMS, Zalo or an e-mail preview. It stays within {@value #MAX_LENGTH}
 * characters: a long procedure name is shortened first, then the reason, then (rarely) the names;
 * the dossier code and both dates are never cut, the applicant needs them.
 */
@Component
public class ApologyLetterText {

    /** Characters (code points), about seven Unicode SMS segments. */
    public static final int MAX_LENGTH = 480;
    private static final String ELLIPSIS = "…";
    /** A procedure name is cut to this before the reason is touched. */
    private static final int PROCEDURE_KEPT = 60;

    public String shortText(ApologyLetterContent c) {
        String agency = clean(c.agencyName());
        String addressee = clean(c.addressee());
        String procedure = clean(c.procedureName());
        String reason = clean(c.reason()).replaceAll("[.!?…]+$", "");

        int over = overflow(agency, addressee, procedure, reason, c);
        procedure = shorten(procedure, Math.max(PROCEDURE_KEPT, length(procedure) - over));
        reason = shorten(reason, length(reason) - overflow(agency, addressee, procedure, reason, c));
        procedure = shorten(procedure, length(procedure) - overflow(agency, addressee, procedure, reason, c));
        addressee = shorten(addressee, length(addressee) - overflow(agency, addressee, procedure, reason, c));
        agency = shorten(agency, length(agency) - overflow(agency, addressee, procedure, reason, c));
        return compose(agency, addressee, procedure, reason, c);
    }

    private static String compose(String agency, String addressee, String procedure, String reason,
            ApologyLetterContent c) {
        return agency + " xin lỗi ông/bà " + addressee + ": hồ sơ " + clean(c.dossierCode())
                + (procedure.isEmpty() ? "" : " (" + procedure + ")")
                + " hẹn trả ngày " + VnFormats.date(c.originalAppointmentDate()) + " chưa có kết quả."
                + (reason.isEmpty() ? "" : " Lý do: " + reason + (reason.endsWith(ELLIPSIS) ? "" : "."))
                + " Hẹn trả lại ngày " + VnFormats.date(c.newAppointmentDate()) + ". Trân trọng.";
    }

    private static int overflow(String agency, String addressee, String procedure, String reason,
            ApologyLetterContent c) {
        return Math.max(0, length(compose(agency, addressee, procedure, reason, c)) - MAX_LENGTH);
    }

    /**
     * The text in at most max code points, ending in "…" and, where a space is close enough, on a
     * word boundary. Below the length of the ellipsis nothing is left of it.
     */
    static String shorten(String text, int max) {
        if (length(text) <= max) {
            return text;
        }
        if (max <= ELLIPSIS.length()) {
            return max <= 0 ? "" : ELLIPSIS;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, max - ELLIPSIS.length()));
        int space = cut.lastIndexOf(' ');
        if (space > cut.length() * 3 / 4) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s.,;:!?-]+$", "") + ELLIPSIS;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String clean(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
