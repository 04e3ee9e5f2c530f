package vn.camau.reform.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.camau.reform.AppTest;

/**
 * The reference-data counts the README states, checked against the seeded units, lineage and catalogue
 * (issue 17: "41 former communes were split" counted lineage rows, not communes: 19 were split).
 */
@AppTest
class ReadmeFactsTest {

    @Autowired
    DSLContext dsl;

    String readme;

    @BeforeEach
    void read() throws IOException {
        readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
    }

    private int stated(String regex, int group) {
        Matcher m = Pattern.compile(regex).matcher(readme);
        assertThat(m.find()).as("the README states /%s/", regex).isTrue();
        return Integer.parseInt(m.group(group).replace(",", ""));
    }

    /** Value rows of the seed's INSERT INTO {@code table}: lines starting with "(" until the next statement. */
    private static int seedRows(String table) throws IOException {
        int rows = 0;
        boolean in = false;
        for (String line : Files.readAllLines(Path.of("db/migration/V5__procedure_catalogue.sql"))) {
            if (line.startsWith("INSERT INTO ")) {
                in = line.startsWith("INSERT INTO " + table + " ");
            } else if (in && line.startsWith("(")) {
                rows++;
            }
        }
        return rows;
    }

    private int count(String sql) {
        return dsl.fetchOne(sql).get(0, Integer.class);
    }

    @Test
    void theSplitCommunesAreCountedAsCommunesAndTheirLineageAsRows() {
        String split = "(\\d+) former communes were split among several new ones \\((\\d+) rows of the lineage";
        assertThat(stated(split, 1)).isEqualTo(count("SELECT COUNT(DISTINCT old_unit_id) FROM unit_lineage"
                + " WHERE merge_type = 'PARTIAL'"));
        assertThat(stated(split, 2)).isEqualTo(count("SELECT COUNT(*) FROM unit_lineage WHERE merge_type = 'PARTIAL'"));
        assertThat(stated("kept the old code \\((\\d+) cases\\)", 1)).isEqualTo(count(
                "SELECT COUNT(DISTINCT old_unit_id) FROM unit_lineage WHERE merge_type = 'PARTIAL'"
                        + " AND primary_rule = 'KEPT_CODE'"));
        assertThat(stated("when none did \\((\\d+) cases\\)", 1)).isEqualTo(count(
                "SELECT COUNT(DISTINCT old_unit_id) FROM unit_lineage WHERE merge_type = 'PARTIAL'"
                        + " AND primary_rule = 'FIRST_LISTED'"));
    }

    @Test
    void theUnitsAndTheCatalogueAreAsMany() throws IOException {
        String former = "the former (\\d+) districts and (\\d+) communes";
        assertThat(stated(former, 1)).isEqualTo(count("SELECT COUNT(*) FROM admin_unit WHERE unit_level = 'DISTRICT'"
                + " AND valid_to IS NOT NULL"));
        assertThat(stated(former, 2)).isEqualTo(count("SELECT COUNT(*) FROM admin_unit WHERE unit_level = 'COMMUNE'"
                + " AND valid_to IS NOT NULL"));
        assertThat(stated("go to the (\\d+) new communes", 1)).isEqualTo(count(
                "SELECT COUNT(*) FROM admin_unit WHERE unit_level = 'COMMUNE' AND valid_to IS NULL"));
        // the seed file itself: imports in other tests may add procedures to the database
        String catalogue = "\\((?:`V5__procedure_catalogue.sql`, )?(\\d+) fields, (\\d+) procedures\\)";
        assertThat(stated(catalogue, 1)).isEqualTo(seedRows("procedure_field"));
        assertThat(stated(catalogue, 2)).isEqualTo(seedRows("catalog_procedure"));
    }
}
