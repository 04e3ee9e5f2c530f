package vn.camau.reform.base.export;

/**
 * What an export covers, recorded on the audit trail with who exported it and how many rows: the unit
 * whose data it holds (null when the user's whole scope) and the grid's filter as data (a filter
 * record or a map, written as JSON), never as a sentence.
 */
public record ExportContext(Long unitId, Object filters) {

    public static final ExportContext NONE = new ExportContext(null, null);
}
