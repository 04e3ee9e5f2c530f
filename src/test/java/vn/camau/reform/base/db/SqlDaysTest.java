package vn.camau.reform.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

import vn.camau.reform.ScopeSpelling;

/** Whole days as SQL: the half-open range and its open sides, the cast to a day. */
class SqlDaysTest {

    private static final DSLContext SQL = DSL.using(SQLDialect.MARIADB);
    private static final Field<LocalDateTime> AT = DSL.field(DSL.name("at"), SQLDataType.LOCALDATETIME);

    private static String render(QueryPart part) {
        return SQL.renderInlined(part).toLowerCase(Locale.ROOT);
    }

    @Test
    void aPeriodRunsFromItsFirstMidnightToBeforeTheMidnightAfterItsLastDay() {
        assertThat(render(SqlDays.within(AT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))))
                .contains("`at` >= timestamp '2026-01-01 00:00:00")
                .contains("`at` < timestamp '2026-02-01 00:00:00")
                .doesNotContain("<=");
    }

    @Test
    void aMissingBoundLeavesThatSideOpen() {
        assertThat(render(SqlDays.within(AT, LocalDate.of(2026, 1, 1), null)))
                .contains(">= timestamp '2026-01-01").doesNotContain("<");
        assertThat(render(SqlDays.within(AT, null, LocalDate.of(2026, 1, 31))))
                .contains("< timestamp '2026-02-01").doesNotContain(">");
        assertThat(render(SqlDays.within(AT, null, null))).doesNotContain("`at`");
    }

    /** The cast is the one dialect-bound spelling: written anywhere else, a port would miss it. */
    @Test
    void noOtherSourceCastsToADay() throws IOException {
        var cast = Pattern.compile("(?i)CAST\\s*\\(.*\\bAS\\s+DATE\\b");
        Path main = Path.of("src/main/java");
        List<String> found = new ArrayList<>();
        try (var files = Files.walk(main)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = ScopeSpelling.withoutComments(Files.readString(file));
                if (cast.matcher(code).find()) {
                    found.add(main.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        assertThat(found).containsExactly("vn/camau/reform/base/db/SqlDays.java");
    }

    @Test
    void theDayOfAMomentIsItsDate() {
        assertThat(render(SqlDays.dayOf(AT))).isEqualTo("cast(`at` as date)");
    }
}
