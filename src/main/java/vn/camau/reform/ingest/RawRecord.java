package vn.camau.reform.ingest;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import vn.camau.reform.base.text.TextRules;

/**
 * One record as it arrived, read field by field: a JSON object of an API batch ({@code JsonRecord})
 * or a row of an imported file ({@code TextRecord}). Each read returns null when the field is absent
 * or empty, and when the value cannot be read, after adding an error that names the field; the
 * readers that build dossiers, events, procedures and officers on top of this never see raw text.
 */
public abstract class RawRecord {

    private final IntakeErrors errors;
    private final RecordKind record;
    private final int index;
    /** Fields whose read failed already, so "required" does not pile a second error on them. */
    private final Set<String> failed = new HashSet<>();
    private int errorCount;

    protected RawRecord(IntakeErrors errors, RecordKind record, int index) {
        this.errors = errors;
        this.record = record;
        this.index = index;
    }

    /** The value as it arrived, stripped; null when absent, empty or of the wrong type (with an error). */
    protected abstract String raw(String field);

    /** A single-line text: checked for characters no text may hold ({@link #clean}). */
    public final String text(String field) {
        return clean(field, raw(field), false);
    }

    /** A text that may span lines (a note): tabs and line breaks allowed, other controls not. */
    public final String multilineText(String field) {
        return clean(field, raw(field), true);
    }

    /** The text of a field when it is text, else null, and never an error: to collect codes before reading. */
    public abstract String peek(String field);

    public abstract Boolean bool(String field);

    public abstract Long number(String field);

    /** A time of day in Vietnam (UTC+7); a value with another offset is converted to it. */
    public abstract LocalDateTime dateTime(String field);

    public abstract LocalDate date(String field);

    /** Whether the record has the field at all (even empty): for "this field is not allowed here". */
    public abstract boolean has(String field);

    public void error(String field, String messageKey, Object... args) {
        errorCount++;
        errors.add(record, index, field, messageKey, args);
    }

    /** Errors this record has had so far. */
    public int errorCount() {
        return errorCount;
    }

    public int index() {
        return index;
    }

    public RecordKind record() {
        return record;
    }

    /** The text of a field that must be there; null (with an error) when it is not. */
    public String requiredText(String field, int maxLength) {
        String value = text(field);
        if (value == null) {
            if (!hasErrorFor(field)) {
                error(field, "intake.error.required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            error(field, "intake.error.tooLong", maxLength);
            return null;
        }
        return value;
    }

    /** A code (of a dossier, a unit, an officer, an event): printable ASCII without spaces. */
    public String requiredCode(String field, int maxLength) {
        return code(field, requiredText(field, maxLength));
    }

    public String optionalCode(String field, int maxLength) {
        return code(field, optionalText(field, maxLength));
    }

    private String code(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                failed(field, "intake.error.badCodeCharacter", codePoint(value.codePointAt(i)), i + 1);
                return null;
            }
        }
        return value;
    }

    public String optionalMultilineText(String field, int maxLength) {
        String value = multilineText(field);
        if (value != null && value.length() > maxLength) {
            error(field, "intake.error.tooLong", maxLength);
            return null;
        }
        return value;
    }

    /** Text as it is stored, by {@link TextRules}: composed, and refused when it holds what no text may. */
    private String clean(String field, String value, boolean multiline) {
        if (value == null || hasErrorFor(field)) {
            // read again after its error (a code is read by more than one check): said once is enough
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        int bad = TextRules.firstForbidden(text, multiline);
        if (bad >= 0) {
            failed(field, "intake.error.badCharacter", TextRules.codePoint(text, bad), bad + 1);
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }

    /** The text of an optional field, null when absent; too long is an error. */
    public String optionalText(String field, int maxLength) {
        String value = text(field);
        if (value != null && value.length() > maxLength) {
            error(field, "intake.error.tooLong", maxLength);
            return null;
        }
        return value;
    }

    /** The code of a closed list (a channel, a rating), as text; a file may also use the words people use. */
    public String choice(String field, int maxLength, boolean required) {
        return required ? requiredText(field, maxLength) : optionalText(field, maxLength);
    }

    public <T> T required(String field, T value) {
        if (value == null && !hasErrorFor(field)) {
            error(field, "intake.error.required");
        }
        return value;
    }

    /** An error reading the field's value. */
    protected void failed(String field, String messageKey, Object... args) {
        failed.add(field);
        error(field, messageKey, args);
    }

    private boolean hasErrorFor(String field) {
        return failed.contains(field);
    }
}
