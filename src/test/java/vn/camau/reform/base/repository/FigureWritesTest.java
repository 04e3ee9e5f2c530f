package vn.camau.reform.base.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.Table;
import org.junit.jupiter.api.Test;

import vn.camau.reform.jooq.DefaultSchema;

/** Which statements raise the running figures' version (issue 18, item 7): any write that names a figure table. */
class FigureWritesTest {

    private final FigureWrites writes = new FigureWrites();

    @Test
    void writesOfTablesTheFiguresReadRaise() {
        assertThat(writes.changesFigures("insert into `dossier` (`code`) values (?)")).isTrue();
        assertThat(writes.changesFigures("update `dossier_stat` set `received` = (`received` + ?)")).isTrue();
        assertThat(writes.changesFigures("delete from hotline_report where id = ?")).isTrue();
        assertThat(writes.changesFigures("/* batch */ REPLACE INTO apology_step VALUES (?)")).isTrue();
        assertThat(writes.changesFigures("LOAD DATA LOCAL INFILE 'x' INTO TABLE dossier_event")).isTrue();
        assertThat(writes.changesFigures("update `app_setting` set `value` = ? where `name` = ?"))
                .as("the timing settings").isTrue();
    }

    @Test
    void readsAndTablesNoFigureReadsDoNot() {
        assertThat(writes.changesFigures("select * from dossier for update")).isFalse();
        assertThat(writes.changesFigures("insert into audit_entry (entity, dossier_code) values (?, ?)"))
                .as("a column named like a table is not the table").isFalse();
        assertThat(writes.changesFigures("update replication_heartbeat set beat = ?")).isFalse();
        assertThat(writes.changesFigures("update change_version set version = version + 1")).isFalse();
        assertThat(writes.changesFigures(null)).isFalse();
    }

    @Test
    void everyTableLeftOutIsATableOfTheSchema() {
        Set<String> tables = DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(Table::getName)
                .collect(Collectors.toSet());
        assertThat(tables).containsAll(FigureWrites.NEVER_FIGURES);
        assertThat(tables).as("a new table raises until it is classified").contains("dossier", "hotline_report",
                "apology_step", "admin_unit", "calendar_day", "catalog_procedure");
    }
}
