package vn.camau.reform.base.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TableExportTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 24, 8, 30);

    @Test
    void fileNameIsASlugWithoutDiacriticsAndTheMinute() {
        TableExport<String> table = TableExport.of("Hồ sơ trễ hạn", ExportColumn.text("Đơn vị", s -> s));

        assertThat(table.fileName(ExportFormat.XLSX, AT)).isEqualTo("ho-so-tre-han-20261124-0830.xlsx");
        assertThat(table.fileName(ExportFormat.CSV, AT)).isEqualTo("ho-so-tre-han-20261124-0830.csv");
    }

    @Test
    void slugKeepsOnlyAsciiLettersDigitsAndDashes() {
        assertThat(TableExport.slug("Đường dây nóng: Đầm Dơi / Quý I (2026)")).isEqualTo("duong-day-nong-dam-doi-quy-i-2026");
        assertThat(TableExport.slug("«»…")).isEqualTo("export");
        assertThat(TableExport.slug("Đánh giá ".repeat(20))).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
    }

    @Test
    void blankTitleAndNoteMeanNone() {
        TableExport<String> table = TableExport.of("Hồ sơ", ExportColumn.<String>text("Đơn vị", s -> s))
                .withTitle(" ").withNote("");

        assertThat(table.title()).isNull();
        assertThat(table.note()).isNull();
    }

    @Test
    void columnsAreCopiedAndRequired() {
        List<ExportColumn<String>> columns = new ArrayList<>(List.of(ExportColumn.text("Đơn vị", s -> s)));
        TableExport<String> table = TableExport.of("Hồ sơ", columns);
        columns.clear();

        assertThat(table.columns()).hasSize(1);
        assertThatThrownBy(() -> TableExport.of("Hồ sơ", List.<ExportColumn<String>>of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueOfTheWrongTypeNamesTheColumn() {
        ExportColumn<String> wrong = new ExportColumn<>("Ngày nhận", ColumnKind.DATE, s -> s);

        assertThatThrownBy(() -> ExportValues.csv(wrong, "22/11/2026"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ngày nhận").hasMessageContaining("LocalDate");
    }
}
