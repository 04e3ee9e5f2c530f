package vn.camau.reform.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.API_TOKEN;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.ingest.repository.RateBucketRepository;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;

/**
 * The token bucket kept in MariaDB: a token may send its burst at once, then at its rate; each token
 * has its own bucket. Times are given (microseconds) so that the refill is exact; the two-node test
 * (ClusterTest) shows the same bucket shared by two application instances on the database's clock.
 */
@AppTest
class IntakeRateLimiterTest {

    private static final String PREFIX = "test-rate:";
    private static final long SECOND = 1_000_000;

    @Autowired
    RateBucketRepository buckets;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    long first;
    long second;

    @BeforeEach
    void issueTokens() {
        TestLogins.loginAs(users, "admin");
        try {
            first = tokens.issue(PREFIX + "1", "admin", ApiTokenPurpose.INTAKE).details().id();
            second = tokens.issue(PREFIX + "2", "admin", ApiTokenPurpose.INTAKE).details().id();
        } finally {
            TestLogins.logout();
        }
    }

    // explicit cleanup: buckets are written outside any transaction (NOT_SUPPORTED), on a connection that would wait for an uncommitted token
    @AfterEach
    void removeTokens() {
        // their buckets go with them (ON DELETE CASCADE)
        dsl.deleteFrom(API_TOKEN).where(API_TOKEN.NAME.startsWith(PREFIX)).execute();
    }

    @Test
    void aBurstThenTheRateAndAWaitInWholeSeconds() {
        long now = 1_000 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.takeAt(first, 3, 2, now)).isZero();
        }
        assertThat(buckets.takeAt(first, 3, 2, now)).as("the fourth at once waits").isEqualTo(1);
        assertThat(buckets.takeAt(second, 3, 2, now)).as("another token is not slowed").isZero();
        now += SECOND / 2;
        assertThat(buckets.takeAt(first, 3, 2, now)).as("half a second refills one at 2/s").isZero();
        assertThat(buckets.takeAt(first, 3, 2, now)).isPositive();
        now += 10 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.takeAt(first, 3, 2, now)).as("a quiet spell refills the burst, no more").isZero();
        }
        assertThat(buckets.takeAt(first, 3, 2, now)).isPositive();
    }

    @Test
    void aSlowRateTellsTheWholeSecondsToWait() {
        long now = 1_000 * SECOND;
        assertThat(buckets.takeAt(first, 1, 0.1, now)).isZero();
        assertThat(buckets.takeAt(first, 1, 0.1, now)).as("one batch every 10 s").isEqualTo(10);
        assertThat(buckets.takeAt(first, 1, 0.1, now + 4 * SECOND)).isEqualTo(6);
        assertThat(buckets.takeAt(first, 1, 0.1, now + 10 * SECOND)).isZero();
    }

    @Test
    void onTheDatabaseClockTheBurstIsGrantedAndThenRefused() {
        for (int i = 0; i < 5; i++) {
            assertThat(buckets.take(first, 5, 0.01)).isZero();
        }
        assertThat(buckets.take(first, 5, 0.01)).isPositive();
    }
}
