package vn.camau.reform.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "0912345678, 0912345678",
            "'0912 345 678', 0912345678",
            "+84 912.345.678, 0912345678",
            "84912345678, 0912345678",
            "'(0290) 3831 234', 02903831234",
            "024-3825-1234, 02438251234",
            "0387654321, 0387654321"})
    void citizensWritingsBecomeTheNationalForm(String written, String expected) {
        assertThat(PhoneNumbers.normalise(written)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "0412345678", "091234567", "09123456789", "0912a45678", "1022",
            "+1 202 555 0100", "0290383123"})
    void whatIsNotAVietnamesePhoneNumberIsRefused(String written) {
        assertThat(PhoneNumbers.normalise(written)).isEmpty();
    }
}
