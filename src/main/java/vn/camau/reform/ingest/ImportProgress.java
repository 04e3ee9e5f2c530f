package vn.camau.reform.ingest;

/**
 * Tells a screen how far a long import has come. Called from the thread doing the work, often: a
 * screen keeps the latest value and shows it at its own pace.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, fraction, rows) -> {
    };

    enum Phase {
        VALIDATING, IMPORTING;

        /** Translation key of the phase's progress text. */
        public String labelKey() {
            return "import.progress." + name();
        }
    }

    /**
     * @param fraction the part of the file read, 0 to 1, or negative when unknown
     * @param rows     data rows read so far in this phase
     */
    void update(Phase phase, double fraction, int rows);
}
