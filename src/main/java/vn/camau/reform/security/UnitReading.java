package vn.camau.reform.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads one unit's figures with no user behind the read: what the monthly report job needs, and what a
 * stored report is made of even when a leader asks for it, since the same document is read later by
 * everyone whose scope holds the unit and so may not depend on who wrote it.
 *
 * <p>The read is bounded by the unit's own scope (the unit and below, as a leader of it sees) and holds
 * the authorities of the read-only auditor role, so it can change nothing. Nobody signs in this way:
 * only code that calls {@link #as} runs so, and callers acting for a user check first that the unit lies
 * in that user's scope ({@code MonthlyReportService}). {@link CurrentUser#get()} stays empty inside it,
 * so whatever needs a person (their own queue, their id) is refused.
 */
public final class UnitReading {

    private UnitReading() {
    }

    /** Runs {@code work} as a read of {@code scope} named {@code job}, then puts back who was signed in. */
    public static <T> T as(String job, UnitScope scope, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext reading = SecurityContextHolder.createEmptyContext();
        reading.setAuthentication(new ReadingAuthentication(job, scope));
        SecurityContextHolder.setContext(reading);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The authentication of such a read: authenticated, auditor's authorities, the unit's scope. */
    static final class ReadingAuthentication extends AbstractAuthenticationToken {

        private final String job;
        private final UnitScope scope;

        ReadingAuthentication(String job, UnitScope scope) {
            super(List.of(new SimpleGrantedAuthority(Role.AUDITOR.authority())));
            this.job = job;
            this.scope = scope;
            setAuthenticated(true);
        }

        UnitScope scope() {
            return scope;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return job;
        }
    }
}
