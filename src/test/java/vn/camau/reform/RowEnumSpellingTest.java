package vn.camau.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The enum-valued columns are typed by jOOQ's forced types: no main source converts a row's string (or
 * the dossier state's code) to the enum by hand, nor compares a row's value with a constant's name, nor a
 * column in SQL with a name or a stored letter.
 * Fails naming file and line.
 */
class RowEnumSpellingTest {

    @Test
    void mainSourcesReadEnumColumnsTyped() {
        Map<String, String> sources = MainSources.all();
        List<String> violations = new ArrayList<>();
        sources.forEach((name, text) -> violations.addAll(RowEnumSpelling.violations(name, text)));
        Set<String> scanned = sources.keySet();
        // the scan covered the repositories that used to convert, so an empty result means something
        assertThat(scanned).contains("vn/camau/reform/hotline/HotlineService.java",
                "vn/camau/reform/evaluation/repository/EvaluationRepository.java",
                "vn/camau/reform/dossier/query/DossierQuery.java", "vn/camau/reform/dossier/query/AlertQuery.java",
                "vn/camau/reform/demo/query/DemoReferenceQuery.java",
                "vn/camau/reform/ingest/ui/ImportErrorsDialog.java", "vn/camau/reform/dossier/query/StatQuery.java",
                "vn/camau/reform/evaluation/query/OfficerPerformanceQuery.java");
        assertThat(violations).as("read the typed column (see forcedTypes in pom.xml)").isEmpty();
    }

    @Test
    void reportsEachHandConversionOfARow() {
        List<String> spellings = List.of(
                "x = HotlineState.valueOf(r.state());",
                "x = Channel.valueOf(r.value5());",
                "x = r.value10() == null ? null : Timing.valueOf(r.value10());",
                "x = ApologyState.valueOf(r.get(APOLOGY.STATE));",
                "x = DuplicateHint.Reason.valueOf(r.value5());",
                "x = HotlineCategory.valueOf(row.category()).labelKey();",
                "x = Channel.valueOf(d.getChannel());",
                "x = DossierState.of(r.get(DOSSIER.STATE));",
                "x = DossierState.of(r.value6());",
                "x = Enum.valueOf(Role.class, rec.getRole());",
                "x = Frequency.valueOf(\n                r.value5());",
                "x = imports.columns(ImportKind.valueOf(run.kind()));",
                "x = APOLOGY.STATE.coerce(String.class);",
                "Field<String> s = APOLOGY.STATE.coerce(String.class).as(\"apology_state\");",
                "x = handling.UNIT_LEVEL .coerce( String.class );");
        for (String spelling : spellings) {
            String source = "class Fixture {\n    void m() {\n        " + spelling + "\n    }\n}\n";
            assertThat(RowEnumSpelling.violations("Fixture.java", source)).as(spelling).isNotEmpty()
                    .allSatisfy(v -> assertThat(v).startsWith("Fixture.java:3: "));
        }
    }

    @Test
    void reportsEachComparisonOfARowWithAConstantName() {
        List<String> spellings = List.of(
                "x = \"OPEN\".equals(r.value10());",
                "x = \"OPEN\".equals(r.get(EVALUATION_CYCLE.STATE));",
                "x = \"SENT\".equals(r.get(OFFICER_UNIT.field(APOLOGY.STATE)));",
                "x = \"WORKING_HOUR\" .equals(\n                r.value8());",
                "x = r.value2().equals(\"WORKING_HOUR\");",
                "x = row.state().equalsIgnoreCase(\"CLOSED\");",
                "x = r.get(APOLOGY.STATE).name().equals(\"SENT\");",
                "x = \"SENT\".equals(rec.getState().toString());",
                "x = Objects.equals(r.get(APOLOGY.STATE), \"SENT\");",
                "x = Objects.equals(\"SENT\", d.state());",
                "x = r.value3() == \"OPEN\";",
                "x = \"REFUSED\".equals(run.result());",
                "if (\"A\" != e.level()) {");
        for (String spelling : spellings) {
            String source = "class Fixture {\n    void m() {\n        " + spelling + "\n    }\n}\n";
            assertThat(RowEnumSpelling.violations("Fixture.java", source)).as(spelling).isNotEmpty()
                    .allSatisfy(v -> assertThat(v).startsWith("Fixture.java:3: "));
        }
    }

    @Test
    void reportsEachColumnComparedWithANameOrLetterInSql() {
        List<String> spellings = List.of(
                "x = DOSSIER_STAT.SLICE.eq(\"U\");",
                "x = DOSSIER_STAT.GRAIN.eq(\"M\").and(DOSSIER_STAT.PERIOD_START.between(from, to));",
                "x = e.RECORD_KIND .ne( \"ROW\");",
                "x = APOLOGY.STATE.in(\"SENT\", \"PUBLISHED\");",
                "x = HOTLINE_REPORT.STATE.notEqual(\n                \"CLOSED\");");
        for (String spelling : spellings) {
            String source = "class Fixture {\n    void m() {\n        " + spelling + "\n    }\n}\n";
            assertThat(RowEnumSpelling.violations("Fixture.java", source)).as(spelling).isNotEmpty()
                    .allSatisfy(v -> assertThat(v).startsWith("Fixture.java:3: "));
        }
    }

    @Test
    void acceptsColumnsComparedWithTypedValuesAndOtherText() {
        String source = """
                class Fixture {
                    void m() {
                        x = DOSSIER_STAT.SLICE.eq(StatSlice.UNIT);
                        x = DOSSIER_STAT.GRAIN.eq(grain);
                        x = ADMIN_UNIT.CODE.eq("96");
                        x = SETTING.NAME.eq("hotline.answer-days");
                        x = APP_USER.USERNAME.eq("Admin");
                        x = "DOSSIER_STAT.SLICE.eq(U)";
                    }
                }
                """;
        assertThat(RowEnumSpelling.violations("Fixture.java", source)).isEmpty();
    }

    @Test
    void acceptsTypedComparisonsAndOtherStrings() {
        String source = """
                class Fixture {
                    // "OPEN".equals(r.value10()) was the old spelling
                    void m() {
                        x = r.value10() == CycleState.OPEN;
                        x = r.get(EVALUATION_CYCLE.STATE) != CycleState.CLOSED;
                        x = "OPEN".equals(name);
                        x = state.equals("OPEN");
                        x = r.code().equals("2.000635");
                        x = r.name().equals("Phường 1");
                        x = "Open".equals(r.value2());
                        x = Objects.equals(r.value1(), other);
                        x = "\\"OPEN\\".equals(r.value10())";
                        x = "OPEN".equals(order.value());
                        x = CycleState.valueOf("OPEN");
                    }
                }
                """;
        assertThat(RowEnumSpelling.violations("Fixture.java", source)).isEmpty();
    }

    @Test
    void noFileIsExempt() {
        String source = "class Fixture {\n    void m() {\n        x = UnitLevel.valueOf(r.value4());\n    }\n}\n";
        // the unit level was once converted by hand in these files; it is typed now, like every other
        assertThat(RowEnumSpelling.violations("vn/camau/reform/demo/query/DemoReferenceQuery.java", source)).isNotEmpty();
        assertThat(RowEnumSpelling.violations("vn/camau/reform/dossier/query/DossierQuery.java", source)).isNotEmpty();
    }

    @Test
    void acceptsTypedReadsAndValueConversions() {
        String source = """
                class Fixture {
                    // HotlineState.valueOf(r.state()) was the old spelling
                    void m() {
                        x = r.state();
                        x = r.get(DOSSIER.STATE);
                        x = String.valueOf(r.id());
                        x = Long.valueOf(r.value1());
                        x = List.of(r.value1(), r.value2());
                        x = YearMonth.of(r.year(), r.month());
                        x = LocalDate.of(r.value1(), 1, 1);
                        x = Role.valueOf(name);
                        x = "HotlineState.valueOf(r.state())";
                        x = APOLOGY.STATE;
                        x = DSL.val(code).coerce(Long.class);
                        x = "APOLOGY.STATE.coerce(String.class)";
                    }
                }
                """;
        assertThat(RowEnumSpelling.violations("Fixture.java", source)).isEmpty();
    }
}
