package vn.camau.reform.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.camau.reform.base.text.SearchText;

/**
 * Which column of a file feeds which field. Headers are matched as people type them: in any order,
 * in any case, with or without diacritics, with a trailing "*" or extra spaces ("MÃ THỦ TỤC",
 * "ma thu tuc", "Mã thủ tục *" are one header). An unknown, repeated or missing required header is a
 * problem of the file, reported before any row is read.
 */
final class HeaderMapping {

    private final String[] fields;
    private final List<ImportProblem> problems;

    private HeaderMapping(String[] fields, List<ImportProblem> problems) {
        this.fields = fields;
        this.problems = List.copyOf(problems);
    }

    static String key(String header) {
        return SearchText.fold(header).replaceAll("[^a-z0-9]+", " ").strip();
    }

    static HeaderMapping of(List<ImportColumn> columns, List<String> header) {
        Map<String, ImportColumn> byKey = new HashMap<>();
        for (ImportColumn c : columns) {
            byKey.put(key(c.header()), c);
            c.aliases().forEach(a -> byKey.putIfAbsent(key(a), c));
        }
        List<ImportProblem> problems = new ArrayList<>();
        String[] fields = new String[header.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i) == null ? "" : header.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            ImportColumn column = byKey.get(key(text));
            if (column == null) {
                problems.add(ImportProblem.of("import.file.unknownHeader", text, columnLetter(i)));
            } else if (!seen.add(column.field())) {
                problems.add(ImportProblem.of("import.file.duplicateHeader", text, columnLetter(i)));
            } else {
                fields[i] = column.field();
            }
        }
        for (ImportColumn c : columns) {
            if (c.required() && !seen.contains(c.field())) {
                problems.add(ImportProblem.of("import.file.missingHeader", c.header()));
            }
        }
        return new HeaderMapping(fields, problems);
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** A row's cells by field; a column the file has is present even when its cell is empty. */
    Map<String, String> cells(List<String> row) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] != null) {
                cells.put(fields[i], i < row.size() && row.get(i) != null ? row.get(i) : "");
            }
        }
        return cells;
    }

    /** A cell outside the header's columns holds data nobody named. */
    boolean hasDataOutsideColumns(List<String> row) {
        for (int i = fields.length; i < row.size(); i++) {
            if (row.get(i) != null && !row.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A, B, … Z, AA, AB: the column as the spreadsheet names it. */
    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            s.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return s.toString();
    }
}
