package vn.camau.reform.account;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.account.query.AccountQuery;
import vn.camau.reform.account.repository.AccountRepository;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.OpenSession;
import vn.camau.reform.security.OpenSessions;
import vn.camau.reform.security.PasswordPolicy;
import vn.camau.reform.security.SignedInAccounts;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditService;
import vn.camau.reform.security.audit.AuditTrail;
import vn.camau.reform.base.text.IpAddresses;

/**
 * What every signed-in user does with their own account: see it, change the password, see sign-ins and
 * open sessions, end the other sessions.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class OwnAccountService {

    static final int SIGN_INS_SHOWN = 20;

    private final AccountQuery query;
    private final AccountRepository repository;
    private final CurrentUser currentUser;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final AuditService auditReader;
    private final SignedInAccounts sessions;
    private final OpenSessions openSessions;

    OwnAccountService(AccountQuery query, AccountRepository repository, CurrentUser currentUser,
                      PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit, SignedInAccounts sessions,
                      AuditService auditReader, OpenSessions openSessions) {
        this.auditReader = auditReader;
        this.openSessions = openSessions;
        this.query = query;
        this.repository = repository;
        this.currentUser = currentUser;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public AccountSummary me() {
        AppUser me = currentUser.require();
        return query.find(me.scope(), me.id()).orElseThrow();
    }

    /**
     * Whether this session must replace a one-time password before anything else: the account's flag,
     * except after a single sign-on, which never used it.
     */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser.mustChangePassword();
    }

    @Transactional(readOnly = true)
    public List<SignInRecord> recentSignIns() {
        return auditReader.ownSignIns(SIGN_INS_SHOWN).stream()
                .map(e -> new SignInRecord(e.at(), e.action(), IpAddresses.shown(e.clientIp()))).toList();
    }

    /** The user's sessions still open, on any node, the asking one marked. */
    @Transactional(readOnly = true)
    public List<OpenSession> openSessions() {
        return openSessions.of(currentUser.require().id());
    }

    /**
     * Ends every other session of the user's, on every node, on its next request; this one goes on (as a
     * sign-in beginning now, so the revocation does not reach it). Returns how many were listed open.
     */
    public int endOtherSessions() {
        AppUser me = currentUser.require();
        // whole milliseconds, as the column keeps them: never later than the renewed sign-in below
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        repository.revokeSessions(me.id(), now);
        int ended = openSessions.endAllButCurrent(me.id(), now.atZone(ZoneId.systemDefault()).toInstant());
        audit.record(AuditEvent.of(AuditAction.SESSION_ENDED, AccountService.OBJECT_TYPE, me.id(), me.unitId())
                .change(Map.of("otherSessions", ended), Map.of("otherSessions", 0)));
        sessions.refreshAsNewSignIn();
        return ended;
    }

    /**
     * Replaces the password (a one-time one included) after checking the current one and the policy.
     * Every other session of the account ends; this one goes on, as a sign-in with the new password.
     */
    public void changePassword(String current, String next, String repeated) {
        AppUser me = currentUser.require();
        String hash = repository.passwordHash(me.id());
        if (current == null || !encoder.matches(current, hash)) {
            throw new BusinessRuleException("password.error.currentWrong");
        }
        if (next == null || !next.equals(repeated)) {
            throw new BusinessRuleException("password.error.mismatch");
        }
        policy.check(me.username(), next);
        if (encoder.matches(next, hash)) {
            throw new BusinessRuleException("password.error.unchanged");
        }
        boolean oneTime = me().mustChangePassword();
        repository.changeOwnPassword(me.id(), encoder.encode(next), LocalDateTime.now());
        audit.record(AuditEvent.of(AuditAction.PASSWORD_CHANGED, AccountService.OBJECT_TYPE, me.id(), me.unitId())
                .change(Map.of("mustChangePassword", oneTime), Map.of("mustChangePassword", false)));
        sessions.refreshAsNewSignIn();
    }
}
