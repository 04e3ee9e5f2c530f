package vn.camau.reform.ingest;

/**
 * Which list an intake error's record is in: an API batch's {@code dossiers} or {@code events}, the
 * {@code batch} as a whole, or a file's {@code row}. The code is what the API answers and what
 * {@code import_error.record_kind} stores.
 */
public enum RecordKind {
    BATCH("batch"), DOSSIERS("dossiers"), EVENTS("events"), ROW("row");

    private final String code;

    RecordKind(String code) {
        this.code = code;
    }

    /** As the API names it and the error log stores it. */
    public String code() {
        return code;
    }

    /** The kind of a stored code. */
    public static RecordKind of(String code) {
        for (RecordKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown import_error record kind: " + code);
    }
}
