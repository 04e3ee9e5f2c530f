package vn.camau.reform.hotline;

import java.time.LocalDate;

/**
 * What a work list shows: a queue, narrowed by unit (and below), category, state, received period
 * and free text over the code and description. Null means "any".
 *
 * @param asOf with the OVERDUE queue: list what the overview's "overdue" figure counts instead of
 *             today's late reports — rounds begun (received or reopened) in [from, to] and past their
 *             deadline, unanswered at the end of this day (or now, for today), under the unit the
 *             reports concern. Null: the live queue (awaiting an answer, past the deadline today).
 */
public record HotlineFilter(HotlineQueue queue, Long unitId, HotlineCategory category, HotlineState state,
                            LocalDate from, LocalDate to, String text, LocalDate asOf) {

    public HotlineFilter(HotlineQueue queue, Long unitId, HotlineCategory category, HotlineState state,
                         LocalDate from, LocalDate to, String text) {
        this(queue, unitId, category, state, from, to, text, null);
    }

    public static HotlineFilter of(HotlineQueue queue) {
        return new HotlineFilter(queue, null, null, null, null, null, null);
    }

    /** Whether this lists the overview's overdue figure (a period's count at its end) rather than a live queue. */
    public boolean countsAsOverview() {
        return queue == HotlineQueue.OVERDUE && asOf != null && from != null && to != null;
    }

    /** The same filter on another queue, its other conditions kept. */
    public HotlineFilter withQueue(HotlineQueue other) {
        return new HotlineFilter(other, unitId, category, state, from, to, text, asOf);
    }
}
