package vn.camau.reform.ingest;

import java.util.List;
import java.util.Locale;

import vn.camau.reform.base.text.Texts;
import vn.camau.reform.base.text.VnFormats;

/**
 * One column of an import file: the field it feeds (as the API names it), the Vietnamese header the
 * template writes, other headers accepted for it (the English name, the API's field name), whether
 * the file must have it, and the value the template's example row shows.
 */
public record ImportColumn(String field, String header, List<String> aliases, boolean required, String example) {

    public ImportColumn {
        aliases = List.copyOf(aliases);
    }

    public static ImportColumn required(ImportKind kind, String field, String example) {
        return translated(kind, field, true, example);
    }

    public static ImportColumn optional(ImportKind kind, String field, String example) {
        return translated(kind, field, false, example);
    }

    /**
     * Headers from the translations ({@code import.column.KIND.field}): the template is Vietnamese, the
     * English header is accepted as well, so a file filled in from either reads the same.
     */
    private static ImportColumn translated(ImportKind kind, String field, boolean required, String example) {
        String key = "import.column." + kind.name() + "." + field;
        return new ImportColumn(field, Texts.of(key, VnFormats.VIETNAMESE),
                List.of(Texts.of(key, Locale.ENGLISH), field), required, example);
    }
}
