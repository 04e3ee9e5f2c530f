package vn.camau.reform.base.db;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A MariaDB replica for the reads marked {@link ReplicaReads} ({@code app.replica.*}).
 *
 * @param url           its JDBC URL ({@code APP_REPLICA_URL}); empty: every read from the primary
 * @param username      its account; empty: the primary's ({@code spring.datasource.username})
 * @param password      its password; empty with an empty username: the primary's
 * @param maxLag        the staleness allowed: a replica further behind is not read
 * @param checkInterval how often each node measures the lag (the heartbeat's period)
 */
@ConfigurationProperties("app.replica")
public record ReplicaProperties(String url, String username, String password,
                                @DefaultValue("10s") Duration maxLag, @DefaultValue("1s") Duration checkInterval) {
}
