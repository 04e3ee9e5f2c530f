package vn.camau.reform.base.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A small dossier-like table with Vietnamese headers and values, nulls and a not-a-number. */
final class SampleRows {

    record Row(String unit, String status, Integer dossiers, BigDecimal averageDays, Double onTimeRatio,
            LocalDate received, LocalDateTime updated) {
    }

    static final TableExport<Row> TABLE = TableExport.of("Hồ sơ trễ hạn",
            ExportColumn.<Row>text("Đơn vị", Row::unit),
            ExportColumn.text("Trạng thái", Row::status),
            ExportColumn.integer("Số hồ sơ", Row::dossiers),
            ExportColumn.decimal("Số ngày xử lý bình quân", Row::averageDays),
            ExportColumn.percent("Tỷ lệ đúng hạn", Row::onTimeRatio),
            ExportColumn.date("Ngày tiếp nhận", Row::received),
            ExportColumn.dateTime("Cập nhật lúc", Row::updated))
            .withTitle("Hồ sơ trễ hạn – Phường An Xuyên")
            .withNote("Xuất lúc 24/11/2026 08:30 bởi Nguyễn Văn A – phạm vi: Phường An Xuyên");

    static final List<Row> ROWS = List.of(
            new Row("Phường An Xuyên", "Trễ hạn", 70515, new BigDecimal("3.25"), 0.99934,
                    LocalDate.of(2026, 11, 22), LocalDateTime.of(2026, 11, 24, 8, 30)),
            // no dossiers yet: no ratio, no average, nothing received
            new Row("Xã Đầm Dơi", "Đúng hạn", 0, null, null, null, null),
            new Row("Ấp 3, \"Tân Thành\"\ndòng 2", null, null, null, Double.NaN, null, null));

    private SampleRows() {
    }
}
