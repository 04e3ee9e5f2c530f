package vn.camau.reform.hotline;

import java.time.LocalDate;

/**
 * What a work list shows: a queue, narrowed by unit (and below), category, state, received period
 * and free text over the code and description. Null means "any".
 */
public record HotlineFilter(HotlineQueue queue, Long unitId, HotlineCategory category, HotlineState state,
                            LocalDate from, LocalDate to, String text) {

    public static HotlineFilter of(HotlineQueue queue) {
        return new HotlineFilter(queue, null, null, null, null, null, null);
    }
}
