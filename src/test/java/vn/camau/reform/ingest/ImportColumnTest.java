package vn.camau.reform.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Import headers come from the translations: the template's Vietnamese, the English one accepted. */
class ImportColumnTest {

    @Test
    void theHeaderIsVietnameseAndTheEnglishAndFieldNamesAreAccepted() {
        ImportColumn column = ImportColumn.required(ImportKind.PROCEDURES, "fee", "8.000");
        assertThat(column.header()).isEqualTo("Lệ phí (đồng)");
        assertThat(column.aliases()).containsExactly("Fee", "fee");
        assertThat(column.required()).isTrue();
        assertThat(ImportColumn.optional(ImportKind.DOSSIERS, "hasFee", "có").aliases())
                .containsExactly("Has fee", "hasFee");
    }
}
