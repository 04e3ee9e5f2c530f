package vn.camau.reform.ingest.repository;

import static vn.camau.reform.jooq.Tables.INTAKE_RATE_BUCKET;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake API's token buckets, one row per token, shared by every application node. A permit is
 * taken by one UPDATE that refills the bucket for the time elapsed and takes one permit only when
 * one is there: the row lock makes two nodes' requests queue for a moment, never both take the last
 * permit. Time is the database's clock in microseconds, so the nodes' clocks do not matter. Never
 * inside a caller's transaction: the row lock must be held for the statement only.
 */
@Repository
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class RateBucketRepository {

    private static final Field<Long> DB_NOW = DSL.field("CAST(UNIX_TIMESTAMP(NOW(6)) * 1000000 AS SIGNED)", Long.class);
    private static final double MICROS = 1e6;

    private final DSLContext dsl;

    RateBucketRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Takes one permit from the token's bucket ({@code burst} at most, refilled at {@code perSecond}).
     *
     * @return 0 when granted, else the whole seconds until a permit will be there
     */
    public long take(long tokenId, int burst, double perSecond) {
        return take(tokenId, burst, perSecond, DB_NOW);
    }

    /** As {@link #take(long, int, double)} at the given time (microseconds), for tests. */
    public long takeAt(long tokenId, int burst, double perSecond, long nowMicros) {
        return take(tokenId, burst, perSecond, DSL.val(nowMicros));
    }

    private long take(long tokenId, int burst, double perSecond, Field<Long> now) {
        if (takePermit(tokenId, burst, perSecond, now)) {
            return 0;
        }
        // maybe no bucket yet (a token's first batch): a full one, unless one is there (another node's,
        // created at the same moment), and the permit taken again: the same conditional update, so an
        // empty bucket stays refused
        dsl.insertInto(INTAKE_RATE_BUCKET)
                .set(INTAKE_RATE_BUCKET.TOKEN_ID, tokenId)
                .set(INTAKE_RATE_BUCKET.PERMITS, (double) burst)
                .set(INTAKE_RATE_BUCKET.REFILLED_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
        if (takePermit(tokenId, burst, perSecond, now)) {
            return 0;
        }
        Double available = dsl.select(available(burst, perSecond, now)).from(INTAKE_RATE_BUCKET)
                .where(INTAKE_RATE_BUCKET.TOKEN_ID.eq(tokenId)).fetchOne(0, Double.class);
        double missing = 1 - (available == null ? 0 : available);
        return Math.max(1, (long) Math.ceil(missing / perSecond));
    }

    private boolean takePermit(long tokenId, int burst, double perSecond, Field<Long> now) {
        Field<Double> available = available(burst, perSecond, now);
        // permits is set before refilled_at, and from the old refilled_at: MariaDB assigns left to right
        return dsl.update(INTAKE_RATE_BUCKET)
                .set(INTAKE_RATE_BUCKET.PERMITS, available.minus(1.0))
                .set(INTAKE_RATE_BUCKET.REFILLED_AT, now)
                .where(INTAKE_RATE_BUCKET.TOKEN_ID.eq(tokenId))
                .and(available.ge(1.0))
                .execute() > 0;
    }

    /** Permits in the bucket now: what was left plus the refill since, never more than the burst. */
    private static Field<Double> available(int burst, double perSecond, Field<Long> now) {
        Field<Long> elapsed = DSL.greatest(DSL.inline(0L), now.minus(INTAKE_RATE_BUCKET.REFILLED_AT));
        Field<Double> refill = DSL.val(perSecond / MICROS).times(elapsed);
        return DSL.least(DSL.val((double) burst), INTAKE_RATE_BUCKET.PERMITS.plus(refill));
    }
}
