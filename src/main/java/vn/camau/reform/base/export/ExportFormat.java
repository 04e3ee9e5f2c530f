package vn.camau.reform.base.export;

/** The two formats every grid offers, with what a download response needs to know about each. */
public enum ExportFormat {

    /** For other programs: UTF-8 with BOM, comma-separated, plain numbers. */
    CSV("csv", "text/csv; charset=UTF-8", new CsvExporter()),
    /** For people: real numbers and dates shown the Vietnamese way. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new XlsxExporter());

    private final String extension;
    private final String contentType;
    private final TableExporter exporter;

    ExportFormat(String extension, String contentType, TableExporter exporter) {
        this.extension = extension;
        this.contentType = contentType;
        this.exporter = exporter;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public TableExporter exporter() {
        return exporter;
    }
}
