package vn.camau.reform.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsVietnameseToPlainLowerCase() {
        assertThat(SearchText.fold("Phường An Xuyên")).isEqualTo("phuong an xuyen");
        assertThat(SearchText.fold("  Xã Đầm   Dơi ")).isEqualTo("xa dam doi");
        assertThat(SearchText.fold("Thới Bình")).isEqualTo("thoi binh");
    }

    @Test
    void escapesLikeWildcards() {
        assertThat(SearchText.likeEscaped("50%_x")).isEqualTo("50\\%\\_x");
    }

    @Test
    void formatsAsVietnameseReportsDo() {
        assertThat(VnFormats.percent(0.8933)).isEqualTo("89,33%");
        assertThat(VnFormats.date(LocalDate.of(2026, 11, 22))).isEqualTo("22/11/2026");
        assertThat(VnFormats.count(70515)).isEqualTo("70.515");
    }
}
