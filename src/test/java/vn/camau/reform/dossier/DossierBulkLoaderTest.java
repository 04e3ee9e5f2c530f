package vn.camau.reform.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.dossier.repository.DossierBulkLoader;

/** The bulk loader against MariaDB: ids it assigns, derived columns, and a bad row failing the whole load. */
@AppTest
class DossierBulkLoaderTest {

    @Autowired
    DossierBulkLoader loader;
    @Autowired
    DSLContext dsl;

    private static DossierRecord dossier(String code, LocalDate resolved) {
        LocalDateTime received = LocalDateTime.of(2026, 3, 2, 9, 15);
        LocalDate due = LocalDate.of(2026, 3, 5);
        List<DossierEventRecord> events = List.of(
                new DossierEventRecord(received, DossierState.RECEIVED, "Tiếp nhận hồ sơ", 100, null,
                        received.toLocalDate(), "Ghi chú có\ttab và \\ gạch", null),
                new DossierEventRecord(resolved.atTime(10, 0), DossierState.RETURNED, "Trả kết quả", 100, null,
                        null, null, null));
        return new DossierRecord(code, 1, 100, 100, Channel.ONLINE, DossierState.RETURNED, received, due, due,
                resolved.atTime(10, 0), resolved.atTime(10, 0), resolved.atTime(10, 0),
                resolved.isAfter(due) ? 2 : 0, new ServiceFlags(false, false, true, false, Rating.SATISFIED),
                new Applicant("Nguyễn Thị Thử", "0912345678", null), null, DossierRecord.Responsible.NOBODY, events);
    }

    @Test
    @Transactional
    void assignsIdsAndWritesDerivedColumnsAndEscapedText() {
        long[] ids = loader.insert(List.of(dossier("TEST-BULK-1", LocalDate.of(2026, 3, 4)),
                dossier("TEST-BULK-2", LocalDate.of(2026, 3, 9))), null);
        assertThat(ids).hasSize(2).doesNotContain(0L);
        var rows = dsl.fetch("SELECT code, timing, late_working_days, open_due_date FROM dossier WHERE id IN (?, ?)"
                + " ORDER BY code", ids[0], ids[1]);
        assertThat(rows.getValues("timing", String.class)).containsExactly("EARLY", "LATE");
        assertThat(rows.getValues("late_working_days", Integer.class)).containsExactly(null, 2);
        assertThat(rows.getValues("open_due_date")).containsOnlyNulls();
        assertThat(dsl.fetchOne("SELECT note FROM dossier_event WHERE dossier_id = ? AND note IS NOT NULL", ids[0])
                .get(0, String.class)).isEqualTo("Ghi chú có\ttab và \\ gạch");
        assertThat(dsl.fetchOne("SELECT COUNT(*) FROM dossier_event WHERE dossier_id IN (?, ?)", ids[0], ids[1])
                .get(0, Integer.class)).isEqualTo(4);
    }

    @Test
    void aDuplicateCodeFailsTheWholeLoad() {
        String existing = dsl.fetchOne("SELECT code FROM dossier LIMIT 1").get(0, String.class);
        assertThatThrownBy(() -> loader.insert(List.of(dossier("TEST-BULK-NEW", LocalDate.of(2026, 3, 4)),
                dossier(existing, LocalDate.of(2026, 3, 4))), null))
                .hasMessageContaining("Duplicate");
        assertThat(dsl.fetchOne("SELECT COUNT(*) FROM dossier WHERE code = 'TEST-BULK-NEW'").get(0, Integer.class))
                .isZero();
    }
}
