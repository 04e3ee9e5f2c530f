package vn.camau.reform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.camau.reform.base.BusinessRuleException;

class EvaluationRulesTest {

    /** As seeded by V9: Decree 335/2025. */
    static final RuleSet ND335 = new RuleSet(2, "ND335-2025", "Nghị định 335/2025/NĐ-CP", LocalDate.of(2026, 1, 1),
            null, Set.of(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.ANNUAL), true, new BigDecimal("30.00"),
            new BigDecimal("70.00"), new BigDecimal("90.00"), new BigDecimal("70.00"), new BigDecimal("50.00"), 20,
            true, null);
    static final RuleSet ND90 = new RuleSet(1, "ND90-2020", "Nghị định 90/2020/NĐ-CP", LocalDate.of(2023, 1, 1),
            LocalDate.of(2025, 12, 31), Set.of(Frequency.ANNUAL), false, null, null, null, null, null, 20, true, 15);

    @ParameterizedTest
    @CsvSource({"0, NOT_COMPLETED", "49.99, NOT_COMPLETED", "50, COMPLETED", "50.00, COMPLETED",
            "69.99, COMPLETED", "70, GOOD", "89.99, GOOD", "90, EXCELLENT", "100, EXCELLENT"})
    void thresholdsAtTheirEdges(String total, RatingLevel expected) {
        assertThat(EvaluationRules.level(ND335, new BigDecimal(total), false)).isEqualTo(expected);
    }

    @Test
    void aDisciplinedOfficerIsNotCompletedWhateverThePoints() {
        assertThat(EvaluationRules.level(ND335, new BigDecimal("98.50"), true)).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(EvaluationRules.chosenLevel(ND90, RatingLevel.NOT_COMPLETED, true)).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThatThrownBy(() -> EvaluationRules.chosenLevel(ND90, RatingLevel.GOOD, true))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("evaluation.disciplined");
    }

    @Test
    void pointsStayWithinTheirParts() {
        assertThat(EvaluationRules.total(ND335, new BigDecimal("29.5"), new BigDecimal("60.49")))
                .isEqualByComparingTo("89.99");
        assertRefused(() -> EvaluationRules.total(ND335, new BigDecimal("30.01"), BigDecimal.TEN),
                "evaluation.score.general.range");
        assertRefused(() -> EvaluationRules.total(ND335, BigDecimal.TEN, new BigDecimal("70.5")),
                "evaluation.score.task.range");
        assertRefused(() -> EvaluationRules.total(ND335, new BigDecimal("-1"), BigDecimal.TEN),
                "evaluation.score.general.range");
        assertRefused(() -> EvaluationRules.total(ND335, new BigDecimal("10.005"), BigDecimal.TEN),
                "evaluation.score.decimals");
        assertRefused(() -> EvaluationRules.total(ND335, null, BigDecimal.TEN), "evaluation.score.general.required");
        assertRefused(() -> EvaluationRules.level(ND335, new BigDecimal("100.01"), false),
                "evaluation.score.total.range");
        assertRefused(() -> EvaluationRules.total(ND90, BigDecimal.TEN, BigDecimal.TEN), "evaluation.not-scored");
    }

    @Test
    void theExcellentQuotaIsAFifthOfThoseRatedGoodOrBetterRoundedDown() {
        assertThat(EvaluationRules.excellentAllowed(ND335, 4)).isZero();
        assertThat(EvaluationRules.excellentAllowed(ND335, 5)).isEqualTo(1);
        assertThat(EvaluationRules.excellentAllowed(ND335, 14)).isEqualTo(2);
        EvaluationRules.checkQuota(ND335, 2, 10);
        assertThatThrownBy(() -> EvaluationRules.checkQuota(ND335, 3, 14)).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).args()).containsExactly(20, 14, 2, 3));
    }

    private static void assertRefused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo(key));
    }
}
