package vn.camau.reform.base.export;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import vn.camau.reform.base.text.SearchText;

/**
 * What a grid exports: its columns in the order shown, the sheet's name (which also names the file)
 * and, for Excel, an optional title row and an optional note row ("generated at … by … for …"),
 * all already in the user's language. The rows come separately, at download time, so that the
 * export follows the grid's current filter and the user's unit scope.
 */
public record TableExport<T>(String sheetName, String title, String note, List<ExportColumn<T>> columns,
                             ExportContext context) {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final int MAX_SLUG = 60;

    public TableExport {
        Objects.requireNonNull(sheetName, "sheetName");
        if (sheetName.isBlank()) {
            throw new IllegalArgumentException("An export needs a sheet name");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("An export needs at least one column");
        }
        title = blankToNull(title);
        note = blankToNull(note);
        context = context == null ? ExportContext.NONE : context;
    }

    public TableExport(String sheetName, String title, String note, List<ExportColumn<T>> columns) {
        this(sheetName, title, note, columns, ExportContext.NONE);
    }

    public static <T> TableExport<T> of(String sheetName, List<ExportColumn<T>> columns) {
        return new TableExport<>(sheetName, null, null, columns);
    }

    @SafeVarargs
    public static <T> TableExport<T> of(String sheetName, ExportColumn<T>... columns) {
        return of(sheetName, List.of(columns));
    }

    /** A bold first row in Excel, e.g. "Hồ sơ trễ hạn – Phường An Xuyên – Quý I/2026". Not in CSV. */
    public TableExport<T> withTitle(String title) {
        return new TableExport<>(sheetName, title, note, columns, context);
    }

    /** A row under the title in Excel, e.g. "Xuất lúc 24/11/2026 08:30 bởi … – phạm vi: …". Not in CSV. */
    public TableExport<T> withNote(String note) {
        return new TableExport<>(sheetName, title, note, columns, context);
    }

    /**
     * What the export covers, for the audit trail: the unit whose data it holds (null: the user's whole
     * scope) and the filter as the grid applied it (a filter record or a map; stored as data).
     */
    public TableExport<T> withContext(Long unitId, Object filters) {
        return new TableExport<>(sheetName, title, note, columns, new ExportContext(unitId, filters));
    }

    /** {@code <slug>-<yyyyMMdd-HHmm>.<ext>}: "Hồ sơ trễ hạn" at 08:30 on 24/11/2026 gives ho-so-tre-han-20261124-0830.xlsx. */
    public String fileName(ExportFormat format, LocalDateTime at) {
        return slug(sheetName) + "-" + FILE_TIME.format(at) + "." + format.extension();
    }

    /**
     * Lower-case ASCII letters, digits and dashes only: browsers, mail gateways and zip tools all keep
     * such a name intact, and it needs no encoding in a Content-Disposition header.
     */
    public static String slug(String text) {
        String slug = SearchText.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "export" : slug;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
