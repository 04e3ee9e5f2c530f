package vn.camau.reform.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The vi-VN figures leaders read: no "-0,00 điểm", per-mille with a comma. */
class VnFormatsTest {

    @Test
    void aChangeThatRoundsToNothingHasNoSign() {
        assertThat(VnFormats.signedPoints(-0.001)).isEqualTo("0,00");
        assertThat(VnFormats.signedPoints(-0.0049)).isEqualTo("0,00");
        assertThat(VnFormats.signedPoints(0.0)).isEqualTo("0,00");
        assertThat(VnFormats.signedPoints(-0.0)).isEqualTo("0,00");
    }

    @Test
    void aRealChangeKeepsItsSignAndViVnDecimals() {
        assertThat(VnFormats.signedPoints(0.12)).isEqualTo("+0,12");
        assertThat(VnFormats.signedPoints(-1.5)).isEqualTo("-1,50");
        assertThat(VnFormats.signedPoints(-0.005)).isEqualTo("-0,01");
        assertThat(VnFormats.signedPoints(1234.5)).isEqualTo("+1.234,50");
    }

    @Test
    void perMilleUsesACommaAndAtMostOneDecimal() {
        assertThat(VnFormats.perMille(8.72)).isEqualTo("8,7‰");
        assertThat(VnFormats.perMille(12)).isEqualTo("12‰");
    }
}
