package vn.camau.reform.apology.ui;

import static vn.camau.reform.base.ui.UrlParameters.first;
import static vn.camau.reform.base.ui.UrlParameters.parseDate;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.apology.ApologyState;
import vn.camau.reform.apology.ApologyFilter;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.UrlParameters;

/**
 * Links into the apology screens for other features' views (the overview, the late alerts), and
 * the register's filters as they travel in the URL
 * ({@code apologies?unit=100&from=2026-01-01&to=2026-12-31&state=SENT&inTime=false&published=true&secondMiss=true}),
 * so a leader can send a link that opens the same list.
 */
public final class ApologyNavigation {

    public static final String REGISTER = "apologies";
    public static final String DRAFT = "apologies/new";

    private ApologyNavigation() {
    }

    public static String apology(long id) {
        return REGISTER + "/" + id;
    }

    /** The form for a new apology of a dossier (or its existing apology, which it opens instead). */
    public static QueryParameters draft(String dossierCode) {
        return QueryParameters.of("dossier", dossierCode);
    }

    /** The register narrowed by the filter; null members are left out of the link. */
    public static QueryParameters register(ApologyFilter f) {
        Map<String, String> map = new LinkedHashMap<>();
        if (f.unitId() != null) {
            map.put("unit", String.valueOf(f.unitId()));
        }
        if (f.from() != null) {
            map.put("from", f.from().toString());
        }
        if (f.to() != null) {
            map.put("to", f.to().toString());
        }
        if (f.state() != null) {
            map.put("state", f.state().name());
        }
        if (f.issuedInTime() != null) {
            map.put("inTime", String.valueOf(f.issuedInTime()));
        }
        if (f.published() != null) {
            map.put("published", String.valueOf(f.published()));
        }
        if (f.secondMissOnly()) {
            map.put("secondMiss", "true");
        }
        return QueryParameters.simple(map);
    }

    /** Reads the register's link; a malformed value is refused with a message, never half-applied. */
    static ApologyFilter filter(QueryParameters q) {
        return new ApologyFilter(
                first(q, "unit").map(UrlParameters::parseId).orElse(null),
                first(q, "from").map(v -> parseDate("from", v)).orElse(null),
                first(q, "to").map(v -> parseDate("to", v)).orElse(null),
                first(q, "state").map(ApologyNavigation::parseState).orElse(null),
                first(q, "inTime").map(v -> parseFlag("inTime", v)).orElse(null),
                first(q, "published").map(v -> parseFlag("published", v)).orElse(null),
                first(q, "secondMiss").map(v -> parseFlag("secondMiss", v)).orElse(false));
    }

    private static ApologyState parseState(String v) {
        try {
            return ApologyState.valueOf(v.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("url.bad-status", v);
        }
    }

    private static boolean parseFlag(String name, String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new BusinessRuleException("apologies.url.bad-flag", name, v);
        };
    }
}
