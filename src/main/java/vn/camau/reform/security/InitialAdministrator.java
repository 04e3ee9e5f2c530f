package vn.camau.reform.security;

import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.Texts;

/**
 * A real installation has no default password: its first administrator comes from
 * APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD at the first start (and is left alone afterwards). Its
 * password meets the full {@link PasswordPolicy} or the application does not start, saying which rule failed.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountService accounts;
    private final PasswordPolicy policy;
    private final String username;
    private final String password;

    InitialAdministrator(UserAccountService accounts, PasswordPolicy policy,
                         @Value("${app.admin.username:}") String username,
                         @Value("${app.admin.password:}") String password) {
        this.accounts = accounts;
        this.policy = policy;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        if (Usernames.canonical(username).isEmpty()) {
            throw new IllegalStateException("APP_ADMIN_USERNAME must be " + Usernames.MIN_LENGTH + "–"
                    + Usernames.MAX_LENGTH + " letters a–z, digits or . _ @ - (got '" + username + "')");
        }
        try {
            // the same rules as every other chosen password: this account can do everything
            policy.check(username, password);
        } catch (BusinessRuleException refused) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD is refused by the password policy: "
                    + Texts.of(refused.messageKey(), Locale.ENGLISH, refused.args()));
        }
        if (accounts.createIfAbsent(username, password, "Quản trị hệ thống", "96", Set.of(Role.ADMIN))) {
            log.info("Created the first administrator '{}' for the province (96)", username);
        }
    }
}
