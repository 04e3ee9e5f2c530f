package vn.camau.reform.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import vn.camau.reform.ingest.IntakeProperties;

/** A token may send its burst at once, then at its rate; each token has its own bucket. */
class IntakeRateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final IntakeRateLimiter limiter = new IntakeRateLimiter(new IntakeProperties(0, 0, 2, 3), now::get);

    @Test
    void aBurstThenTheRateAndAWaitInWholeSeconds() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire(1)).isZero();
        }
        assertThat(limiter.acquire(1)).as("the fourth at once waits").isEqualTo(1);
        assertThat(limiter.acquire(2)).as("another token is not slowed").isZero();
        now.addAndGet(500_000_000);
        assertThat(limiter.acquire(1)).as("half a second refills one at 2/s").isZero();
        assertThat(limiter.acquire(1)).isPositive();
        now.addAndGet(10_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire(1)).as("a quiet spell refills the burst, no more").isZero();
        }
        assertThat(limiter.acquire(1)).isPositive();
    }
}
