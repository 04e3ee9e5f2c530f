package vn.camau.reform.ingest;

import java.util.List;

/**
 * One column of an import file: the field it feeds (as the API names it), the Vietnamese header the
 * template writes, other headers accepted for it (the English name, the API's field name), whether
 * the file must have it, and the value the template's example row shows.
 */
public record ImportColumn(String field, String header, List<String> aliases, boolean required, String example) {

    public ImportColumn {
        aliases = List.copyOf(aliases);
    }

    public static ImportColumn required(String field, String header, String english, String example) {
        return new ImportColumn(field, header, List.of(english, field), true, example);
    }

    public static ImportColumn optional(String field, String header, String english, String example) {
        return new ImportColumn(field, header, List.of(english, field), false, example);
    }
}
