package vn.camau.reform.hotline.ui;

import static vn.camau.reform.base.ui.UrlParameters.first;
import static vn.camau.reform.base.ui.UrlParameters.parseDate;
import static vn.camau.reform.base.ui.UrlParameters.parseEnum;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.base.ui.UrlParameters;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineFilter;
import vn.camau.reform.hotline.HotlineQueue;
import vn.camau.reform.hotline.HotlineState;

/**
 * Links into the hotline screens, and the queue's tab and filters as they travel in the URL
 * ({@code hotline?queue=OVERDUE&unit=100&category=ATTITUDE&state=ASSIGNED&from=2026-01-01&to=2026-12-31&q=PA-2026}),
 * so an inspection leader can send a colleague the list they are looking at.
 */
public final class HotlineNavigation {

    public static final String QUEUE = "hotline";
    public static final String INTAKE = "hotline/new";

    private HotlineNavigation() {
    }

    public static String report(long id) {
        return QUEUE + "/" + id;
    }

    /** The queue narrowed by the filter; null members are left out of the link. */
    public static QueryParameters queue(HotlineFilter f) {
        Map<String, String> map = new LinkedHashMap<>();
        if (f.queue() != null) {
            map.put("queue", f.queue().name());
        }
        if (f.unitId() != null) {
            map.put("unit", String.valueOf(f.unitId()));
        }
        if (f.category() != null) {
            map.put("category", f.category().name());
        }
        if (f.state() != null) {
            map.put("state", f.state().name());
        }
        if (f.from() != null) {
            map.put("from", f.from().toString());
        }
        if (f.to() != null) {
            map.put("to", f.to().toString());
        }
        if (f.text() != null && !f.text().isBlank()) {
            map.put("q", f.text().strip());
        }
        if (f.asOf() != null) {
            map.put("asof", f.asOf().toString());
        }
        return QueryParameters.simple(map);
    }

    /**
     * Reads the queue's link; a malformed value is refused with a message, never half-applied. A
     * missing queue stays null: the view then opens the user's usual one.
     */
    static HotlineFilter filter(QueryParameters q) {
        return new HotlineFilter(
                first(q, "queue").map(v -> parseEnum(v, HotlineQueue::valueOf, "hotline.url.bad-queue")).orElse(null),
                first(q, "unit").map(UrlParameters::parseId).orElse(null),
                first(q, "category").map(v -> parseEnum(v, HotlineCategory::valueOf, "hotline.url.bad-category"))
                        .orElse(null),
                first(q, "state").map(v -> parseEnum(v, HotlineState::valueOf, "url.bad-status")).orElse(null),
                first(q, "from").map(v -> parseDate("from", v)).orElse(null),
                first(q, "to").map(v -> parseDate("to", v)).orElse(null),
                first(q, "q").orElse(null),
                first(q, "asof").map(v -> parseDate("asof", v)).orElse(null));
    }
}
