package vn.camau.reform.base.db;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * With {@code app.replica.url} set (and a primary in {@code spring.datasource.url}), the application's
 * one DataSource routes the {@link ReplicaReads} read-only transactions to the replica while it is
 * within {@code app.replica.max-lag}, everything else to the primary (README "More than one node").
 * Both pools are Hikari's, configured by {@code spring.datasource.hikari.*}, with their metrics. The
 * replica's state is a health component of its own ("replica": UP, or FALLBACK when the reads go to
 * the primary), outside readiness: a node whose replica is gone still serves everything.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicaConfiguration.ReplicaConfigured.class)
@EnableConfigurationProperties(ReplicaProperties.class)
class ReplicaConfiguration {

    static final Status FALLBACK = new Status("FALLBACK", "indicator reads go to the primary");

    @Bean(destroyMethod = "close")
    ReplicaPools replicaPools(DataSourceProperties primaryProperties, ReplicaProperties replica, Environment environment,
                              ObjectProvider<MeterRegistry> registry) {
        HikariDataSource primary = primaryProperties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(primary));
        primary.setPoolName("primary");
        HikariDataSource copy = new HikariDataSource();
        copy.setJdbcUrl(replica.url());
        boolean ownAccount = StringUtils.hasText(replica.username());
        copy.setUsername(ownAccount ? replica.username() : primary.getUsername());
        copy.setPassword(ownAccount ? replica.password() : primary.getPassword());
        copy.setPoolName("replica");
        copy.setMaximumPoolSize(primary.getMaximumPoolSize());
        // a replica that does not answer is given up quickly: the reads go to the primary instead
        copy.setConnectionTimeout(2_000);
        copy.setInitializationFailTimeout(-1);
        copy.setReadOnly(true);
        registry.ifAvailable(r -> {
            primary.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(r));
            copy.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(r));
        });
        ReplicaMonitor monitor = new ReplicaMonitor(primary, copy, DatabaseUnreachableFailureAnalyzer.withoutSecrets(
                replica.url()), replica.maxLag(), replica.checkInterval());
        registry.ifAvailable(r -> {
            Gauge.builder("reform.replica.lag", monitor, ReplicaMonitor::lagSeconds).baseUnit("seconds")
                    .description("How far the replica is behind the primary (NaN: unreachable)").register(r);
            Gauge.builder("reform.replica.used", monitor, m -> m.usable() ? 1 : 0)
                    .description("1 while indicator reads go to the replica").register(r);
        });
        return new ReplicaPools(primary, copy, monitor);
    }

    @Bean
    DataSource dataSource(ReplicaPools pools) {
        return new LazyConnectionDataSourceProxy(new ReplicaRoutingDataSource(pools.primary(), pools.replica(),
                pools.monitor()));
    }

    /** The lag is measured from the moment the application is ready (migrated, demo loaded). */
    @Bean
    ApplicationListener<ApplicationReadyEvent> replicaMonitorStart(ReplicaPools pools) {
        return ready -> pools.monitor().start();
    }

    /**
     * "db" (in readiness) is the primary alone: Spring Boot would otherwise check every target of the
     * routing data source, and a replica that is down would take a node out of the load balancer.
     */
    @Bean
    HealthIndicator dbHealthIndicator(ReplicaPools pools) {
        return new DataSourceHealthIndicator(pools.primary());
    }

    @Bean
    HealthIndicator replicaHealthIndicator(ReplicaPools pools) {
        return () -> pools.monitor().usable() ? Health.up().build() : Health.status(FALLBACK).build();
    }

    /** The two pools and their monitor, closed together. */
    record ReplicaPools(HikariDataSource primary, HikariDataSource replica, ReplicaMonitor monitor)
            implements AutoCloseable {

        @Override
        public void close() {
            monitor.close();
            replica.close();
            primary.close();
        }
    }

    /** A replica URL, and a primary URL (the embedded database has no replica). */
    static class ReplicaConfigured implements org.springframework.context.annotation.Condition {

        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                               org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return StringUtils.hasText(env.getProperty("app.replica.url"))
                    && StringUtils.hasText(env.getProperty("spring.datasource.url"));
        }
    }
}
