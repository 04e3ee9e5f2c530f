package vn.camau.reform.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The errors found in a batch or a file. Every error is counted, but only the first {@link #KEPT} are
 * kept: a million-row file with a wrong column would otherwise fill the memory with one message a row.
 */
public final class IntakeErrors {

    public static final int KEPT = 1_000;

    private final List<IntakeError> kept = new ArrayList<>();
    private int count;

    public void add(RecordKind record, int index, String field, String messageKey, Object... args) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new IntakeError(record, index, field, messageKey,
                    Arrays.stream(args).map(String::valueOf).toList()));
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** All errors found, including those not kept. */
    public int count() {
        return count;
    }

    public List<IntakeError> kept() {
        return List.copyOf(kept);
    }
}
