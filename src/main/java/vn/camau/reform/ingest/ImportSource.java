package vn.camau.reform.ingest;

/** Where an import history line came from: a one-stop system's API batch or an administrator's file. */
public enum ImportSource {
    API, FILE;

    /** Translation key of the source's name. */
    public String labelKey() {
        return "import.source." + name();
    }
}
