package vn.camau.reform.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The first administrator's password from the environment meets the whole policy, not only its
 * length: the start-up stops, naming the rule, before any account is written (no service is needed
 * to get that far, hence none here).
 */
class InitialAdministratorTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private void start(String username, String password) {
        new InitialAdministrator(null, policy, username, password).run(null);
    }

    @Test
    void aShortPasswordStopsTheStart() {
        assertThatThrownBy(() -> start("quantri", "ngan-qua"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_ADMIN_PASSWORD").hasMessageContaining("at least 12 characters");
    }

    @Test
    void thePasswordMayNotBeTheUsername() {
        assertThatThrownBy(() -> start("administrator", "Administrator"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must not be the user name");
    }

    @Test
    void aCommonPasswordStopsTheStart() {
        assertThatThrownBy(() -> start("quantri", "000000000000"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("too common");
    }
}
