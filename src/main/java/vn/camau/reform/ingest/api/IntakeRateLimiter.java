package vn.camau.reform.ingest.api;

import org.springframework.stereotype.Component;

import vn.camau.reform.ingest.IntakeProperties;
import vn.camau.reform.ingest.repository.RateBucketRepository;

/**
 * A token bucket per API token: {@code burst} batches at once, refilled at {@code requestsPerSecond}.
 * Kept in the database (one row per token), so that every application node behind a load balancer
 * takes from the same bucket: the province's limit is the configured one, however many nodes run.
 */
@Component
class IntakeRateLimiter {

    private final RateBucketRepository buckets;
    private final IntakeProperties limits;

    IntakeRateLimiter(RateBucketRepository buckets, IntakeProperties limits) {
        this.buckets = buckets;
        this.limits = limits;
    }

    /** Takes one batch's permit; 0 when granted, else the whole seconds to wait before the next. */
    long acquire(long tokenId) {
        return buckets.take(tokenId, limits.burst(), limits.requestsPerSecond());
    }
}
