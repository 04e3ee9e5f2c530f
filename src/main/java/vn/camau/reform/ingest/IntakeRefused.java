package vn.camau.reform.ingest;

import java.util.List;

/** A batch with at least one invalid record: nothing of it was stored. */
public final class IntakeRefused extends RuntimeException {

    private final transient IntakeErrors errors;

    public IntakeRefused(IntakeErrors errors) {
        super(errors.count() + " invalid records", null, false, false);
        this.errors = errors;
    }

    public int count() {
        return errors.count();
    }

    public List<IntakeError> errors() {
        return errors.kept();
    }
}
