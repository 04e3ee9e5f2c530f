package vn.camau.reform.security.audit.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.base.ui.UrlParameters;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditFilter;

/**
 * The audit view's filters as its address ({@code audit?actor=an&action=SIGN_IN&from=2026-04-01&unit=100}),
 * so a search can be bookmarked or sent, and the back button returns to the previous one. A value that
 * cannot be read is a BusinessRuleException naming it.
 */
final class AuditLink {

    static final String ROUTE = "audit";

    private AuditLink() {
    }

    static QueryParameters of(AuditFilter f) {
        Map<String, String> q = new LinkedHashMap<>();
        if (f.actor() != null) {
            q.put("actor", f.actor());
        }
        if (f.action() != null) {
            q.put("action", f.action().name());
        }
        if (f.from() != null) {
            q.put("from", f.from().toString());
        }
        if (f.to() != null) {
            q.put("to", f.to().toString());
        }
        if (f.unitId() != null) {
            q.put("unit", String.valueOf(f.unitId()));
        }
        return QueryParameters.simple(q);
    }

    static AuditFilter filter(QueryParameters q) {
        return new AuditFilter(UrlParameters.first(q, "actor").orElse(null),
                UrlParameters.first(q, "action")
                        .map(v -> UrlParameters.parseEnum(v, AuditAction::valueOf, "url.bad-action")).orElse(null),
                UrlParameters.first(q, "from").map(v -> UrlParameters.parseDate("from", v)).orElse(null),
                UrlParameters.first(q, "to").map(v -> UrlParameters.parseDate("to", v)).orElse(null),
                UrlParameters.first(q, "unit").map(UrlParameters::parseId).orElse(null));
    }
}
