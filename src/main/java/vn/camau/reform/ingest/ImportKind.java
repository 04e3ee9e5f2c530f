package vn.camau.reform.ingest;

/** What a file or an API batch brings in; stored as such in the import history. */
public enum ImportKind {
    DOSSIERS, PROCEDURES, OFFICERS;

    /** Translation key of the kind's name. */
    public String labelKey() {
        return "import.kind." + name();
    }
}
