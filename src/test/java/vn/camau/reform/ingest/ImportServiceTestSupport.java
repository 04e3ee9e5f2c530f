package vn.camau.reform.ingest;

import org.jooq.DSLContext;

import vn.camau.reform.dossier.TestDossiers;

/** The import tests' clean-up, shared with the screen's tests in another package. */
public final class ImportServiceTestSupport {

    private ImportServiceTestSupport() {
    }

    public static void cleanUp(DSLContext dsl, TestDossiers testDossiers) {
        ImportServiceTest.cleanUp(dsl, testDossiers);
    }
}
