package vn.camau.reform.security;

import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.text.TextRules;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;
import vn.camau.reform.security.repository.ApiTokenRepository;
import vn.camau.reform.security.repository.UserRepository;

/**
 * Administrators issue and revoke the tokens that machines use on the API. A token acts as the user
 * it belongs to, with that user's unit scope and roles; its secret is shown once at issue and only a
 * hash is kept. An administrator manages tokens of users inside their own scope only.
 */
@Service
@RolesAllowed(Roles.ADMIN)
@Transactional
public class ApiTokenService {

    public static final int NAME_MAX_LENGTH = 200;

    /** Roles that may read the indicators API (see {@link ApiSecurityConfig}). */
    static final Set<Role> READ_ROLES = Permission.READ_INDICATORS_API.roles();

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;

    ApiTokenService(ApiTokenRepository tokens, UserRepository users, CurrentUser currentUser, Clock clock,
                    AuditTrail audit) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Issues a token for {@code username}; the returned secret is the only copy. Refused (nothing
     * saved) without a name, for an unknown, disabled or out-of-scope user, without a purpose, and
     * for a READ token whose user has no role that may read the API (it could never be used).
     */
    public IssuedApiToken issue(String name, String username, ApiTokenPurpose purpose) {
        String label = java.util.Objects.requireNonNullElse(TextRules.clean(name, false), "");
        if (label.isEmpty()) {
            throw new BusinessRuleException("apiToken.error.nameRequired");
        }
        if (label.length() > NAME_MAX_LENGTH) {
            throw new BusinessRuleException("apiToken.error.nameTooLong", NAME_MAX_LENGTH);
        }
        if (username == null || username.isBlank()) {
            throw new BusinessRuleException("apiToken.error.userRequired");
        }
        if (purpose == null) {
            throw new BusinessRuleException("apiToken.error.purposeRequired");
        }
        AppUser admin = currentUser.require();
        AppUserPrincipal owner = Usernames.canonical(username).flatMap(users::findPrincipal)
                .filter(AppUserPrincipal::isEnabled)
                .filter(p -> admin.scope().includes(p.user().unitPath()))
                .orElseThrow(() -> new BusinessRuleException("apiToken.error.unknownUser", username.strip()));
        if (purpose == ApiTokenPurpose.READ && owner.user().roles().stream().noneMatch(READ_ROLES::contains)) {
            throw new BusinessRuleException("apiToken.error.userCannotRead", owner.getUsername());
        }
        String secret = ApiTokens.generate();
        long id = tokens.insert(label, ApiTokens.hash(secret), owner.user().id(), purpose, admin.username(),
                LocalDateTime.now(clock).withNano(0));
        ApiToken details = tokens.find(id, admin.unitPath()).orElseThrow();
        // the token's unit is its owner's, so the owner's auditors see it; never the secret or its hash
        audit.record(AuditEvent.of(AuditAction.API_TOKEN_ISSUED, "API_TOKEN", id, owner.user().unitId())
                .change(Map.of(), Map.of("name", label, "owner", owner.getUsername(), "purpose", purpose.name())));
        return new IssuedApiToken(details, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list() {
        return tokens.findAll(currentUser.require().unitPath());
    }

    /** Users a token may be issued for: enabled, inside the administrator's scope. */
    @Transactional(readOnly = true)
    public List<TokenOwner> owners() {
        return tokens.owners(currentUser.require().unitPath());
    }

    /** Stops the token at once (the next request with it answers 401). Revoking twice changes nothing. */
    public void revoke(long id) {
        ApiToken token = tokens.find(id, currentUser.require().unitPath())
                .orElseThrow(() -> new BusinessRuleException("apiToken.error.unknownToken", id));
        if (tokens.revoke(id, LocalDateTime.now(clock).withNano(0))) {
            Long ownerUnit = users.findPrincipal(token.username()).map(p -> p.user().unitId()).orElse(null);
            audit.record(AuditEvent.of(AuditAction.API_TOKEN_REVOKED, "API_TOKEN", id, ownerUnit)
                    .change(Map.of("revoked", false), Map.of("revoked", true, "name", token.name(),
                            "owner", token.username())));
        }
    }
}
