package vn.camau.reform.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Flyway refuses to start a database that is already past a migration it has not applied. A new
 * migration numbered below one that has already been deployed (two branches picking numbers from a gap)
 * would therefore stop every existing installation at its next start, while a fresh test database sees
 * nothing wrong. So: every migration at or below the last deployed version is one of those deployed,
 * and a new one must be numbered above it. Raise {@link #DEPLOYED_UP_TO} and the list when a version ships.
 */
class MigrationOrderTest {

    /** The highest version on main when the last build was handed over (a73a73a, 6 December 2026). */
    private static final BigDecimal DEPLOYED_UP_TO = new BigDecimal("26");

    private static final Set<String> DEPLOYED = Set.of("V1__core_schema.sql", "V2__admin_units.sql",
            "V3__calendar_days.sql", "V4__dossiers.sql", "V5__procedure_catalogue.sql", "V6__stat_year_grain.sql",
            "V7__apologies.sql", "V8__hotline.sql", "V9__evaluations.sql", "V10__intake.sql",
            "V11__canonical_usernames.sql", "V12__cluster_coordination.sql", "V12_1__replication_heartbeat.sql",
            "V13__stat_waiting_and_outcomes.sql", "V13_1__hotline_rounds.sql", "V14__audit_trail.sql",
            "V15__account_administration.sql", "V16__audit_reveals_folded_in.sql",
            "V18__holiday_names_in_vietnamese.sql", "V19__import_errors.sql", "V20__user_sessions.sql",
            "V26__closed_period_figures.sql");

    static BigDecimal version(String file) {
        return new BigDecimal(file.substring(1, file.indexOf("__")).replace('_', '.'));
    }

    @Test
    void noNewMigrationIsNumberedBelowOneAlreadyDeployed() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("db/migration"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.matches("V[0-9_]+__.+\\.sql")).toList();
        }
        assertThat(files).containsAll(DEPLOYED);
        assertThat(files.stream().filter(f -> version(f).compareTo(DEPLOYED_UP_TO) <= 0))
                .as("migrations at or below V%s that were never deployed: number them above it", DEPLOYED_UP_TO)
                .allMatch(DEPLOYED::contains);
    }

    @Test
    void theRuleWouldCatchAGapFilledLate() {
        assertThat(version("V21__hotline_history_as_data.sql")).isLessThan(DEPLOYED_UP_TO);
        assertThat(DEPLOYED).doesNotContain("V21__hotline_history_as_data.sql");
        assertThat(version("V12_1__replication_heartbeat.sql")).isEqualByComparingTo("12.1");
    }
}
