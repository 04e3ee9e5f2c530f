package vn.camau.reform.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one-time passwords and user names the account administration makes up. */
class OneTimePasswordsTest {

    @Test
    void oneTimePasswordsAreReadableAndDifferent() {
        String a = OneTimePasswords.generate();
        assertThat(a).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}").doesNotContain("0", "1", "l", "o");
        assertThat(OneTimePasswords.generate()).isNotEqualTo(a);
    }

    @Test
    void officersGetTheGivenNameThenInitials() {
        assertThat(OfficerAccountsService.usernameFor("Nguyễn Văn An")).isEqualTo("annv");
        assertThat(OfficerAccountsService.usernameFor("Đặng Thị Ngọc Đào")).isEqualTo("daodtn");
    }
}
