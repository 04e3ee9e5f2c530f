package vn.camau.reform.ingest;

/** Rows a file creates, updates and leaves as they are. */
public record ImportCounts(int created, int updated, int unchanged) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0);

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
}
