package vn.camau.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The unit scope, the product's main defence, has one spelling: {@code ScopeCondition}. Any other
 * prefix or LIKE test on a unit path in the main sources fails here, naming file and line.
 */
class ScopeSpellingTest {

    @Test
    void mainSourcesSpellTheScopeOnlyThroughScopeCondition() {
        Map<String, String> sources = MainSources.all();
        List<String> violations = new ArrayList<>();
        sources.forEach((name, text) -> {
            if (!ScopeSpelling.ALLOWED.contains(name)) {
                violations.addAll(ScopeSpelling.violations(name, text));
            }
        });
        Set<String> scanned = sources.keySet();
        // the scan really covered the queries, so an empty result means something
        assertThat(scanned).contains("vn/camau/reform/adminunit/query/AdminUnitQuery.java",
                "vn/camau/reform/hotline/repository/HotlineRepository.java")
                .containsAll(ScopeSpelling.ALLOWED);
        assertThat(violations).as("spell the unit scope with security.query.ScopeCondition").isEmpty();
    }

    @Test
    void theHelperItselfWouldBeReportedWereItNotAllowed() {
        Path helper = MainSources.MAIN.resolve(ScopeSpelling.ALLOWED.getFirst());
        assertThat(ScopeSpelling.violations("ScopeCondition.java", MainSources.read(helper))).isNotEmpty();
    }

    @Test
    void reportsEachOtherSpelling() {
        List<String> spellings = List.of(
                "c = ADMIN_UNIT.PATH.startsWith(scope.path());",
                "c = u.PATH.startsWith(focusPath);",
                "c = below.PATH.startsWith(chosen.PATH);",
                "c = OFFICER_UNIT.field(ADMIN_UNIT.PATH).startsWith(reader.scope().path());",
                "c = unit.PATH().like(prefix);",
                "c = ADMIN_UNIT.PATH\n        .startsWith(p);",
                "c = ADMIN_UNIT.PATH.contains(p);",
                "c = somePathField.startsWith(scope.path());",
                "c = f.like(scopePath + \"%\");",
                "c = path.startsWith(topPath);",
                "boolean in = unit.path().startsWith(viewer.scopePath());",
                "c = f.like(DSL.concat(unitPath, \"%\"));",
                "c = f.like(path + \"%\");",
                "c = DSL.condition(\"path like concat(?, '%')\", p);",
                "c = DSL.condition(\"u.path LIKE ?\", p);");
        for (String spelling : spellings) {
            String source = "class Fixture {\n    void m() {\n        " + spelling + "\n    }\n}\n";
            assertThat(ScopeSpelling.violations("Fixture.java", source)).as(spelling).isNotEmpty()
                    .allSatisfy(v -> assertThat(v).startsWith("Fixture.java:3: "));
        }
    }

    @Test
    void acceptsTheHelperCommentsAndUnrelatedPrefixTests() {
        String source = """
                class Fixture {
                    // ADMIN_UNIT.PATH.startsWith(scope.path()) was the old spelling
                    /* a path LIKE '/1/100/%' */
                    void m() {
                        c = ScopeCondition.within(ADMIN_UNIT.PATH, scope);
                        c = ScopeCondition.under(report.PATH, child.PATH);
                        c = ScopeCondition.reportedIn(DOSSIER.HANDLING_UNIT_ID, scope, focusPath);
                        boolean b = scope.includes(unit.reportPath());
                        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
                        String url = "https://example.org/path";
                        c = ADMIN_UNIT.SEARCH_NAME.like("%" + folded + "%", '\\\\');
                    }
                }
                """;
        assertThat(ScopeSpelling.violations("Fixture.java", source)).isEmpty();
    }
}
