package vn.camau.reform.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import vn.camau.reform.security.repository.SessionRepository;

/**
 * Which sessions each account has open, kept in the database so that every node lists the same ones
 * (a session lives on one node). {@link AccountStateFilter} notes a session on its first signed-in
 * request and its activity at most once a minute; a session's end (sign-out, time-out, an ended
 * session) closes its row. Ending sessions itself is the account's revocation time, checked on every
 * request: this register only shows them.
 */
@Component
public class OpenSessions {

    static final String ATTRIBUTE = OpenSessions.class.getName() + ".row";
    private static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    /** The session's row, kept in the session itself. */
    record Held(long userId, long id, Instant seenAt) implements Serializable {
    }

    private final SessionRepository repository;
    private final Duration timeout;

    OpenSessions(SessionRepository repository,
                 @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.repository = repository;
        this.timeout = timeout;
    }

    /** A request of a signed-in session: its row made, or its activity noted when a minute has passed. */
    void seen(HttpServletRequest request, AppUserPrincipal principal) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        Instant now = Instant.now();
        long userId = principal.user().id();
        if (session.getAttribute(ATTRIBUTE) instanceof Held held && held.userId() == userId) {
            if (held.seenAt().plus(SEEN_EVERY).isBefore(now)) {
                repository.seen(held.id(), now);
                session.setAttribute(ATTRIBUTE, new Held(userId, held.id(), now));
            }
            return;
        }
        long id = repository.open(userId, principal.signedInAt(), now, request.getRemoteAddr(),
                request.getHeader("User-Agent"), principal.singleSignOn() ? "OIDC" : "FORM");
        session.setAttribute(ATTRIBUTE, new Held(userId, id, now));
    }

    /** Every way a session ends (sign-out, time-out, invalidated by an ended account) closes its row. */
    @EventListener
    void ended(HttpSessionDestroyedEvent event) {
        if (event.getSession().getAttribute(ATTRIBUTE) instanceof Held held) {
            repository.end(held.id(), Instant.now());
        }
    }

    /** The asking request's own session row, when it has one. */
    public Optional<Long> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null && session.getAttribute(ATTRIBUTE) instanceof Held held) {
                return Optional.of(held.id());
            }
        }
        return Optional.empty();
    }

    /** The account's sessions that have not ended or timed out, the asking one marked. */
    public List<OpenSession> of(long userId) {
        Long current = current().orElse(null);
        return repository.open(userId, Instant.now().minus(timeout)).stream()
                .map(r -> new OpenSession(r.id(), r.signedInAt(), r.lastSeenAt(), r.clientIp(), r.userAgent(),
                        r.method(), current != null && current == r.id()))
                .toList();
    }

    /** Closes the rows of all the account's sessions but the asking one; how many there were. */
    public int endAllButCurrent(long userId, Instant at) {
        return repository.endAllBut(userId, current().orElse(null), at);
    }
}
