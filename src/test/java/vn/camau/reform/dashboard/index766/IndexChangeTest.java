package vn.camau.reform.dashboard.index766;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * The change between two periods compares the shares of the scorable maximum, so that a maximum that
 * grew (60 → 68 once V32's facts made three sub-indicators computable) does not read as progress.
 */
class IndexChangeTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aMaximumThatGrewIsComparedAsShares() {
        // 33 of 60 is 55 %; 41,17 of 68 is 60,54 %: +5,54 points of share, not the +8,17 points the totals differ by
        assertThat(IndexBoard.shareChange(d("41.17"), d("68"), d("33"), d("60"))).isEqualByComparingTo("5.54");
        // the same points out of a larger maximum are a fall
        assertThat(IndexBoard.shareChange(d("33"), d("68"), d("33"), d("60"))).isEqualByComparingTo("-6.47");
    }

    @Test
    void outOfAnUnchangedHundredItIsTheDifferenceOfPoints() {
        assertThat(IndexBoard.shareChange(d("82.40"), d("100"), d("80.15"), d("100"))).isEqualByComparingTo("2.25");
    }

    @Test
    void nothingScoredInEitherPeriodHasNoChange() {
        assertThat(IndexBoard.shareChange(d("0"), d("0"), d("33"), d("60"))).isNull();
        assertThat(IndexBoard.shareChange(d("33"), d("60"), d("0"), d("0"))).isNull();
    }
}
