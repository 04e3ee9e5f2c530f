package vn.camau.reform.ingest;

/** How an import or an API batch ended, as the history records it. */
public enum ImportResult {
    RUNNING, SUCCEEDED, REFUSED, FAILED;

    public String labelKey() {
        return "import.result." + name();
    }
}
