package vn.camau.reform.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A spreadsheet row is read as people type it, and anything else is an error naming the format. */
class TextRecordTest {

    private final IntakeErrors errors = new IntakeErrors();

    private TextRecord row(Map<String, String> cells) {
        return new TextRecord(errors, 2, cells);
    }

    @Test
    void datesAndTimesInTheFormsPeopleUse() {
        TextRecord r = row(Map.of("a", "25/11/2026", "b", "2026-11-25 00:00:00", "c", "25/11/2026 08:15",
                "d", "2026-11-25", "e", "2026/25/11"));
        assertThat(r.date("a")).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(r.date("b")).as("a date cell with its empty time").isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(r.dateTime("c")).isEqualTo(LocalDateTime.of(2026, 11, 25, 8, 15));
        assertThat(r.dateTime("d")).as("a day alone: its start").isEqualTo(LocalDateTime.of(2026, 11, 25, 0, 0));
        assertThat(r.date("e")).isNull();
        assertThat(errors.kept()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("e");
            assertThat(e.messageKey()).isEqualTo("intake.error.notDateText");
        });
    }

    @Test
    void aTimeOfDayIsNotADate() {
        assertThat(row(Map.of("a", "2026-11-25 08:15:00")).date("a")).isNull();
        assertThat(errors.count()).isOne();
    }

    @Test
    void listsByTheirVietnameseWordsOrTheirCodes() {
        TextRecord r = row(Map.of("channel", "Trực tuyến", "rating", "không hài lòng", "other", "ONLINE",
                "flag", "có", "fee", "1.000.000"));
        assertThat(Enums.read(r, "channel", vn.camau.reform.dossier.Channel.class, true))
                .isEqualTo(vn.camau.reform.dossier.Channel.ONLINE);
        assertThat(Enums.read(r, "rating", vn.camau.reform.dossier.Rating.class, false))
                .isEqualTo(vn.camau.reform.dossier.Rating.DISSATISFIED);
        assertThat(Enums.read(r, "other", vn.camau.reform.dossier.Channel.class, true))
                .isEqualTo(vn.camau.reform.dossier.Channel.ONLINE);
        assertThat(r.bool("flag")).isTrue();
        assertThat(r.number("fee")).isEqualTo(1_000_000L);
        assertThat(errors.isEmpty()).isTrue();
    }
}
