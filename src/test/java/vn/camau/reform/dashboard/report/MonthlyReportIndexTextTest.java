package vn.camau.reform.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The report's 766 sentence gives the change as the view and the API do, and says when the maximum moved. */
class MonthlyReportIndexTextTest {

    @Test
    void aChangedMaximumIsSaidAndTheSharesAreCompared() {
        var idx = new MonthlyReportFigures.Index(new BigDecimal("41.17"), new BigDecimal("68"), new BigDecimal("33"),
                new BigDecimal("60"), List.of());
        assertThat(MonthlyReportComposer.indexSentence(idx)).isEqualTo("Điểm đạt 41,17/68,00 điểm tính được "
                + "(đạt 60,54%); kỳ trước 33,00/60,00 điểm (đạt 55,00%); tỷ lệ đạt thay đổi +5,54 điểm phần trăm "
                + "(điểm tối đa tính được đổi từ 60,00 thành 68,00 nên không so sánh hiệu số điểm).");
    }

    @Test
    void anUnchangedMaximumNeedsNoWordOnIt() {
        var idx = new MonthlyReportFigures.Index(new BigDecimal("51.40"), new BigDecimal("68"), new BigDecimal("50"),
                new BigDecimal("68"), List.of());
        assertThat(MonthlyReportComposer.indexSentence(idx)).endsWith("tỷ lệ đạt thay đổi +2,06 điểm phần trăm.");
    }

    @Test
    void withoutAPreviousPeriodOnlyTheScore() {
        var idx = new MonthlyReportFigures.Index(new BigDecimal("51.40"), new BigDecimal("68"), null, null, List.of());
        assertThat(MonthlyReportComposer.indexSentence(idx)).isEqualTo("Điểm đạt 51,40/68,00 điểm tính được (đạt 75,59%).");
    }
}
