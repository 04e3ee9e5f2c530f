package vn.camau.reform.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnreachableFailureAnalyzerTest {

    @Test
    void namesTheUrlButNeverThePassword() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example:3306/reform?user=app&password=s3cret")
                .withProperty("spring.datasource.username", "app")
                .withProperty("spring.datasource.password", "s3cret");
        var failure = new SQLNonTransientConnectionException("Socket fail to connect to db.example\nmore lines");
        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(env)
                .analyze(new IllegalStateException("context failed", failure));
        assertThat(analysis.getDescription())
                .contains("jdbc:mariadb://db.example:3306/reform", "Socket fail to connect")
                .doesNotContain("s3cret").doesNotContain("more lines");
    }
}
