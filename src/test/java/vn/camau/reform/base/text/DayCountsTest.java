package vn.camau.reform.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** English, the second language, said "1 days left" and "1 working days late" on the inspector's queue. */
class DayCountsTest {

    @Test
    void oneDayIsSingularInEnglishAndEveryCountReadsInVietnamese() {
        assertThat(Texts.of("hotline.days-left", Locale.ENGLISH, 1)).isEqualTo("1 day left");
        assertThat(Texts.of("hotline.days-left", Locale.ENGLISH, 0)).isEqualTo("0 days left");
        assertThat(Texts.of("hotline.days-left", Locale.ENGLISH, 13)).isEqualTo("13 days left");
        assertThat(Texts.of("hotline.days-late", Locale.ENGLISH, 1)).isEqualTo("1 day late");
        assertThat(Texts.of("hotline.days-late", Locale.ENGLISH, 5)).isEqualTo("5 days late");
        assertThat(Texts.of("dossier.late-days", Locale.ENGLISH, 1)).isEqualTo("1 working day late");
        assertThat(Texts.of("dossier.late-days", Locale.ENGLISH, 1200)).isEqualTo("1,200 working days late");
        assertThat(Texts.of("hotline.days-left", VnFormats.VIETNAMESE, 1)).isEqualTo("Còn 1 ngày");
        assertThat(Texts.of("hotline.days-late", VnFormats.VIETNAMESE, 5)).isEqualTo("Trễ 5 ngày");
        assertThat(Texts.of("dossier.late-days", VnFormats.VIETNAMESE, 1200)).isEqualTo("trễ 1.200 ngày làm việc");
    }
}
