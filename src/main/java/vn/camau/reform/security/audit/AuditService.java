package vn.camau.reform.security.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.audit.query.AuditQuery;
import vn.camau.reform.base.text.IpAddresses;

/**
 * Reading the audit trail, for administrators and auditors, inside their unit scope (the scope is a
 * condition of the query itself). There is no method here, or anywhere, that changes an entry.
 */
@Service
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
@Transactional(readOnly = true)
public class AuditService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> STATE = new TypeReference<>() {
    };

    private final AuditQuery query;
    private final CurrentUser currentUser;

    AuditService(AuditQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    public List<AuditRecord> list(AuditFilter filter, int offset, int limit) {
        check(filter);
        return query.page(currentUser.scope(), filter, offset, limit).stream().map(AuditService::toRecord).toList();
    }

    public int count(AuditFilter filter) {
        check(filter);
        return query.count(currentUser.scope(), filter);
    }

    /**
     * The caller's own sign-ins, for the own-account page: any signed-in user, and only ever their own
     * entries (the trail's one reader, so the table keeps one writer and one reader).
     */
    @PermitAll // over the class's roles: every signed-in user reads their own; isAuthenticated() below
    @PreAuthorize("isAuthenticated()")
    public List<SignInEntry> ownSignIns(int limit) {
        var me = currentUser.require();
        return query.signInsOf(me.id(), me.username(), limit);
    }

    public List<AuditUnit> units() {
        return query.units(currentUser.scope());
    }

    private static void check(AuditFilter f) {
        LocalDate from = f.from();
        LocalDate to = f.to();
        if (from != null && to != null && from.isAfter(to)) {
            throw new BusinessRuleException("audit.error.from-after-to");
        }
    }

    private static AuditRecord toRecord(AuditQuery.Row r) {
        return new AuditRecord(r.id(), r.occurredAt(), r.actorId(), r.actorName(),
                IpAddresses.shown(r.clientIp()),
                r.action(), r.objectType(), r.objectId(), r.unitId(), r.unitName(),
                state(r.before()), state(r.after()));
    }

    private static Map<String, Object> state(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, STATE);
    }
}
