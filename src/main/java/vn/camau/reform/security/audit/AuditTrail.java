package vn.camau.reform.security.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.security.audit.repository.AuditRepository;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;

/**
 * The one way onto the audit trail. Joins the caller's transaction, so an action that rolls back
 * leaves no entry and an entry never outlives its action. The client address is the request's
 * (the real client's behind a trusted proxy: server.tomcat.remoteip).
 */
@Service
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * An action by the signed-in user. An event without a unit of its own (a province-wide setting, an
     * export of the whole scope) belongs to the actor's unit, so the actor's auditors see it.
     */
    @Transactional
    public void record(AuditEvent event) {
        AppUser actor = currentUser.get().orElse(null);
        AuditEvent placed = event.unitId() != null || actor == null ? event
                : new AuditEvent(event.action(), event.objectType(), event.objectId(), actor.unitId(),
                        event.before(), event.after());
        recordAs(actor == null ? null : actor.id(), actor == null ? null : actor.username(), placed);
    }

    /** An action whose actor is not (or not yet) the signed-in user: sign-in, a failed sign-in. */
    @Transactional
    public void recordAs(Long actorId, String actorName, AuditEvent event) {
        repository.append(LocalDateTime.now(clock), actorId, actorName, clientIp(), event.action(),
                event.objectType(), event.objectId(), event.unitId(), json(event.before()), json(event.after()));
    }

    private static String json(Map<String, ?> state) {
        return state.isEmpty() ? null : JSON.writeValueAsString(state);
    }

    private static String clientIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
