package vn.camau.reform.ingest;

import java.util.List;

/**
 * One thing wrong with one record of a batch or one row of a file. The message is a translation key
 * ({@code intake.error.*}) with its arguments, so the API can answer in Vietnamese and English and
 * the import preview in the reader's language.
 *
 * @param record which list the record is in: {@code dossiers} or {@code events} in an API batch (or
 *               the {@code batch} itself), {@code row} in a file
 * @param index  position in that list (from 0 in an API batch; the spreadsheet's row number in a file)
 * @param field  the field concerned, as named in the API (and mapped from the file's header)
 */
public record IntakeError(RecordKind record, int index, String field, String messageKey, List<String> args) {

    public IntakeError {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
