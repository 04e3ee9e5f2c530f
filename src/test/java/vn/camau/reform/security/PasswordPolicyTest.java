package vn.camau.reform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.camau.reform.base.BusinessRuleException;

/** Each rule of the password policy, and that each refusal names its rule. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void eachBrokenRuleIsNamed() {
        assertRule("ngan-qua-11", "password.error.tooShort");
        assertRule("x".repeat(73), "password.error.tooLong");
        // 24 Vietnamese letters of 3 bytes each: 72 bytes is the most bcrypt reads
        assertThatCode(() -> policy.check("someone", "ệ".repeat(24))).doesNotThrowAnyException();
        assertRule("ệ".repeat(25), "password.error.tooLong");
        assertRule("mật khẩu\u0007 có chuông", "password.error.badCharacter");
        assertRule("Nguyen.Van.Quantri", "password.error.isUsername", "nguyen.van.quantri");
        assertRule("Password1234", "password.error.common");
        assertRule("MatKhau@1234", "password.error.common");
        assertRule(" qwerty123456 ", "password.error.common");
    }

    @Test
    void aLongUncommonPasswordPasses() {
        assertThatCode(() -> policy.check("annv", "sông Gành Hào mùa nước nổi")).doesNotThrowAnyException();
        assertThat(policy.isCommon("sông Gành Hào mùa nước nổi")).isFalse();
        // twelve characters, counted as a person counts them (not UTF-16 units)
        assertThatCode(() -> policy.check("annv", "Cà Mau đất mũi")).doesNotThrowAnyException();
    }

    private void assertRule(String password, String key) {
        assertRule(password, key, "someone");
    }

    private void assertRule(String password, String key, String username) {
        assertThatThrownBy(() -> policy.check(username, password)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }
}
