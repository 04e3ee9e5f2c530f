package vn.camau.reform.base.db;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached at start" into one readable line naming the URL (never the
 * password) instead of a wall of stack traces.
 */
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    public DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String url = environment.getProperty("spring.datasource.url", "(embedded MariaDB)");
        String user = environment.getProperty("spring.datasource.username", "");
        String description = "Cannot connect to the database at " + withoutSecrets(url)
                + (user.isEmpty() ? "" : " as user '" + user + "'") + ": " + firstLine(cause.getMessage());
        return new FailureAnalysis(description,
                "Check that the database server is running and that SPRING_DATASOURCE_URL, "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right.",
                cause);
    }

    /** Drops a password=… parameter (and user:password@ credentials) from a JDBC URL. */
    static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***")
                .replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
