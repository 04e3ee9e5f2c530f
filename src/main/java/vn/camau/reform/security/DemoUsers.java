package vn.camau.reform.security;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts, all with password "demo", only when demo data is switched on
 * ({@code app.demo.enabled}, the "demo" profile). Never present in a real installation. They are
 * created before the demo data loads (order 5), whose apologies name a user as their author; the
 * banner that says the demo is ready comes after it ({@link Banner}, order 10).
 */
@Component
@Order(4)
@ConditionalOnBooleanProperty("app.demo.enabled")
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String username, String fullName, String unitCode, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Quản trị hệ thống", "96", Role.ADMIN),
            new DemoUser("lanhdao.tinh", "Nguyễn Văn Tỉnh", "96", Role.PROVINCE_LEADER),
            new DemoUser("lanhdao.anxuyen", "Trần Thị An Xuyên", "32002", Role.UNIT_LEADER),
            // A one-stop desk officer: drafts apologies for late dossiers, sends and publishes them
            new DemoUser("motcua.anxuyen", "Võ Thị Một Cửa", "32002", Role.OFFICER),
            new DemoUser("thanhtra", "Lê Văn Thanh", "96", Role.INSPECTOR),
            // Heads the inspection office: assigns hotline reports, may see reporters, concludes
            new DemoUser("chanhthanhtra", "Huỳnh Minh Tra", "96", Role.INSPECTION_LEADER),
            new DemoUser("nhansu", "Phạm Thị Nhân", "96", Role.HR));

    private final UserAccountService accounts;

    DemoUsers(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser u : USERS) {
            accounts.createIfAbsent(u.username(), "demo", u.fullName(), u.unitCode(), Set.of(u.role()));
        }
    }

    /** Says the demo is ready, with its logins, once the demo data is there. */
    @Component
    @Order(10)
    @ConditionalOnBooleanProperty("app.demo.enabled")
    static class Banner implements ApplicationRunner {

        private final String port;

        Banner(@Value("${server.port:8080}") String port) {
            this.port = port;
        }

        @Override
        public void run(ApplicationArguments args) {
            StringBuilder banner = new StringBuilder("\n\n  Cà Mau reform dashboard is ready: http://localhost:")
                    .append(port).append("/\n  Demo logins (password: demo):\n");
            USERS.forEach(u -> banner.append(String.format("    %-16s %-16s unit %s%n", u.username(), u.role(),
                    u.unitCode())));
            log.info(banner.toString());
        }
    }
}
