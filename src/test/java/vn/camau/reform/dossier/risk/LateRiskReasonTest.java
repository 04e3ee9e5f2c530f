package vn.camau.reform.dossier.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The reason of a risk as a leader reads it: the demo's step names hold commas, and zero reads as words. */
class LateRiskReasonTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String STEP = "Thẩm định, xử lý hồ sơ";

    @Test
    void theStepIsQuotedSoThatItsOwnCommaDoesNotSplitTheSentence() {
        LateRisk r = new LateRisk(0.62, STEP, RiskBasis.OFFICER, 41, 4, 3, 2);
        assertThat(LateRiskReason.words(r, 20, VI)).isEqualTo("Bước “Thẩm định, xử lý hồ sơ” thường mất 4 ngày làm "
                + "việc; còn 2 ngày (đã ở bước này 3 ngày; theo 41 hồ sơ của cán bộ này trong 12 tháng qua)");
    }

    @Test
    void noDaysLeftNoDaysInTheStepAndASameDayStepReadAsWordsNotAsZero() {
        LateRisk r = new LateRisk(0.8, STEP, RiskBasis.ALL, 120, 0, 0, 0);
        assertThat(LateRiskReason.words(r, 20, VI)).isEqualTo("Bước “Thẩm định, xử lý hồ sơ” thường xong ngay trong "
                + "ngày; hạn là hôm nay (mới vào bước này hôm nay; theo 120 hồ sơ của tất cả các đơn vị trong 12 tháng qua)");
        assertThat(LateRiskReason.words(r, 20, Locale.ENGLISH)).isEqualTo("Step “Thẩm định, xử lý hồ sơ” is usually "
                + "done the same day; due today (entered this step today; from 120 dossiers of all units over the last "
                + "12 months)");
    }
}
