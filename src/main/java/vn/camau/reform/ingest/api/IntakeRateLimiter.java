package vn.camau.reform.ingest.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Component;

import vn.camau.reform.ingest.IntakeProperties;

/**
 * A token bucket per API token: {@code burst} batches at once, refilled at {@code requestsPerSecond}.
 * Kept in memory, so each application instance limits on its own: with several instances behind a
 * load balancer the province's limit is the sum of theirs.
 */
@Component
class IntakeRateLimiter {

    private final double perNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    IntakeRateLimiter(IntakeProperties limits) {
        this(limits, System::nanoTime);
    }

    IntakeRateLimiter(IntakeProperties limits, LongSupplier nanoTime) {
        this.perNano = limits.requestsPerSecond() / 1e9;
        this.burst = limits.burst();
        this.nanoTime = nanoTime;
    }

    /** Takes one batch's permit; 0 when granted, else the whole seconds to wait before the next. */
    long acquire(long tokenId) {
        return buckets.computeIfAbsent(tokenId, id -> new Bucket(burst, nanoTime.getAsLong())).take();
    }

    private final class Bucket {
        private double permits;
        private long refilledAt;

        Bucket(double permits, long now) {
            this.permits = permits;
            this.refilledAt = now;
        }

        synchronized long take() {
            long now = nanoTime.getAsLong();
            permits = Math.min(burst, permits + (now - refilledAt) * perNano);
            refilledAt = now;
            if (permits >= 1) {
                permits -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - permits) / perNano / 1e9);
        }
    }
}
