package vn.camau.reform.security;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A real installation has no default password: its first administrator comes from
 * APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD at the first start (and is left alone afterwards).
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountService accounts;
    private final String username;
    private final String password;

    InitialAdministrator(UserAccountService accounts,
                         @Value("${app.admin.username:}") String username,
                         @Value("${app.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        if (password.length() < UserAccountService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD must have at least "
                    + UserAccountService.MIN_PASSWORD_LENGTH + " characters");
        }
        if (Usernames.canonical(username).isEmpty()) {
            throw new IllegalStateException("APP_ADMIN_USERNAME must be " + Usernames.MIN_LENGTH + "–"
                    + Usernames.MAX_LENGTH + " letters a–z, digits or . _ @ - (got '" + username + "')");
        }
        if (accounts.createIfAbsent(username, password, "Quản trị hệ thống", "96", Set.of(Role.ADMIN))) {
            log.info("Created the first administrator '{}' for the province (96)", username);
        }
    }
}
