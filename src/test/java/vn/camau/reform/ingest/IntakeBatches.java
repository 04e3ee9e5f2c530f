package vn.camau.reform.ingest;

/** Intake batches of the intake API's tests, for tests elsewhere (the two-node test). */
public final class IntakeBatches {

    private IntakeBatches() {
    }

    /** Two dossiers of the test agency (INTAKE-1, INTAKE-2) and two events of the first. */
    public static String twoDossiers() {
        return IntakeApiTest.twoDossiers();
    }
}
