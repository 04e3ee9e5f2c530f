package vn.camau.reform.ingest;

/** A batch with more records than {@link IntakeProperties#maxRecords()} (answered 413). */
public final class IntakeTooLarge extends RuntimeException {

    private final int records;
    private final int limit;

    public IntakeTooLarge(int records, int limit) {
        super(records + " records, at most " + limit, null, false, false);
        this.records = records;
        this.limit = limit;
    }

    public int records() {
        return records;
    }

    public int limit() {
        return limit;
    }
}
