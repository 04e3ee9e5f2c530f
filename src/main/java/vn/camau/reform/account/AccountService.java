package vn.camau.reform.account;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

import vn.camau.reform.account.query.AccountQuery;
import vn.camau.reform.account.repository.AccountRepository;
import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.base.text.TextRules;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.Usernames;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;

/**
 * Account administration. An administrator manages the accounts of their own unit and the units
 * below it, and nobody else's (an account outside the scope answers like one that does not exist).
 * What they may grant is bounded the same way: any role for a unit inside their scope, except
 * PROVINCE_LEADER, which only an administrator of the province grants, and only to an account of
 * the province itself. Nobody changes their own roles, unit or state here (no locking oneself out).
 *
 * <p>Every change names the version the administrator saw (a stale one is refused, naming who saved
 * meanwhile), leaves exactly one audit entry per action in the same transaction, and is picked up by
 * the account's open sessions on their next request.
 */
@Service
@RolesAllowed(Roles.ADMIN)
@Transactional
public class AccountService {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int EMAIL_MAX_LENGTH = 200;
    static final String OBJECT_TYPE = "ACCOUNT";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AccountQuery query;
    private final AccountRepository repository;
    private final AdminUnitService units;
    private final CurrentUser currentUser;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final AccountSettings settings;
    private final OneTimePasswordMail mail;

    AccountService(AccountQuery query, AccountRepository repository, AdminUnitService units, CurrentUser currentUser,
                   PasswordEncoder encoder, AuditTrail audit, AccountSettings settings, OneTimePasswordMail mail) {
        this.mail = mail;
        this.query = query;
        this.repository = repository;
        this.units = units;
        this.currentUser = currentUser;
        this.encoder = encoder;
        this.audit = audit;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> page(AccountFilter filter, int offset, int limit) {
        return query.page(currentUser.scope(), filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(AccountFilter filter) {
        return query.count(currentUser.scope(), filter);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(long id) {
        return query.find(currentUser.scope(), id);
    }

    /** The roles this administrator may give to some account in their scope. */
    @Transactional(readOnly = true)
    public Set<Role> grantableRoles() {
        Set<Role> roles = EnumSet.allOf(Role.class);
        if (units.scopeRoot().level() != UnitLevel.PROVINCE) {
            roles.remove(Role.PROVINCE_LEADER);
        }
        return roles;
    }

    /** Active officers of the unit (and below) who have no account yet; {@code text} narrows by name or code. */
    @Transactional(readOnly = true)
    public List<OfficerChoice> officersWithoutAccount(Long unitId, String text, int offset, int limit) {
        return query.officersWithoutAccount(currentUser.scope(), unitId, text, offset, limit);
    }

    /**
     * Creates the account with a one-time password, returned here once (and e-mailed to the account when
     * SMTP is configured and it has an address). Refused whole on any bad field or a refused e-mail.
     */
    public IssuedPassword create(AccountForm form) {
        AppUser admin = currentUser.require();
        String username = Usernames.forNewAccount(form.username());
        if (query.usernameExists(username)) {
            throw new BusinessRuleException("account.error.duplicateUsername", username);
        }
        Valid valid = validate(admin, form, null, Set.of());
        String password = OneTimePasswords.generate();
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime expires = now.plus(settings.oneTimePasswordValidity()).withNano(0);
        long id = repository.insert(username, encoder.encode(password), valid.fullName(),
                SearchText.fold(valid.fullName()), valid.email(), valid.unit().id(), expires, admin.username(), now);
        repository.replaceRoles(id, valid.roles());
        repository.linkOfficer(id, form.officerId());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", username);
        after.put("fullName", valid.fullName());
        after.put("email", valid.email());
        after.put("unitId", valid.unit().id());
        after.put("unit", valid.unit().name());
        after.put("roles", names(valid.roles()));
        after.put("officerId", form.officerId());
        after.put("mustChangePassword", true);
        boolean emailed = mail.sends(valid.email());
        after.put("passwordDelivery", emailed ? "EMAIL" : "SHOWN");
        audit.record(event(AuditAction.ACCOUNT_CREATED, id, valid.unit().id()).change(Map.of(), after));
        if (emailed) {
            // last, so a refused mail rolls the whole creation back
            mail.send(username, valid.email(), password, expires);
        }
        return new IssuedPassword(query.find(admin.scope(), id).orElseThrow(), password, expires,
                emailed ? valid.email() : null);
    }

    /**
     * Saves an edit made on {@code version}. Each kind of change is its own audit entry: the roles, the
     * unit, and the other details (name, e-mail, officer record). Saving nothing changed writes nothing.
     */
    public AccountSummary update(long id, int version, AccountForm form) {
        AppUser admin = currentUser.require();
        AccountSummary before = existing(admin, id);
        Valid valid = validate(admin, form, id, before.roles());
        boolean self = before.id() == admin.id();
        boolean unitChanged = before.unitId() != valid.unit().id();
        boolean rolesChanged = !before.roles().equals(valid.roles());
        if (self && (unitChanged || rolesChanged)) {
            throw new BusinessRuleException("account.error.notOnYourself");
        }
        Map<String, Object> detailsBefore = new LinkedHashMap<>();
        Map<String, Object> detailsAfter = new LinkedHashMap<>();
        diff("fullName", before.fullName(), valid.fullName(), detailsBefore, detailsAfter);
        diff("email", before.email(), valid.email(), detailsBefore, detailsAfter);
        diff("officerId", before.officerId(), form.officerId(), detailsBefore, detailsAfter);
        if (!unitChanged && !rolesChanged && detailsAfter.isEmpty() && detailsBefore.isEmpty()) {
            if (before.version() != version) {
                throw stale(id);
            }
            return before;
        }
        if (!repository.updateDetails(id, version, valid.fullName(), SearchText.fold(valid.fullName()), valid.email(),
                valid.unit().id(), admin.username(), LocalDateTime.now())) {
            throw stale(id);
        }
        if (rolesChanged) {
            repository.replaceRoles(id, valid.roles());
            audit.record(event(AuditAction.ACCOUNT_ROLES_CHANGED, id, valid.unit().id())
                    .change(Map.of("roles", names(before.roles())), Map.of("roles", names(valid.roles()))));
        }
        if (unitChanged) {
            audit.record(event(AuditAction.ACCOUNT_UNIT_CHANGED, id, valid.unit().id()).change(
                    Map.of("unitId", before.unitId(), "unit", before.unitName()),
                    Map.of("unitId", valid.unit().id(), "unit", valid.unit().name())));
        }
        if (!detailsBefore.isEmpty() || !detailsAfter.isEmpty()) {
            if (detailsBefore.containsKey("officerId") || detailsAfter.containsKey("officerId")) {
                repository.linkOfficer(id, form.officerId());
            }
            audit.record(event(AuditAction.ACCOUNT_UPDATED, id, valid.unit().id()).change(detailsBefore, detailsAfter));
        }
        return query.find(admin.scope(), id).orElseThrow();
    }

    /** Switches the account off: it cannot sign in, its open sessions end and its API tokens answer 401. */
    public AccountSummary disable(long id, int version) {
        return setEnabled(id, version, false);
    }

    public AccountSummary enable(long id, int version) {
        return setEnabled(id, version, true);
    }

    /** Lifts a lock-out after failed sign-ins. */
    public AccountSummary unlock(long id, int version) {
        AppUser admin = currentUser.require();
        AccountSummary before = existing(admin, id);
        if (!repository.unlock(id, version, admin.username(), LocalDateTime.now())) {
            throw stale(id);
        }
        audit.record(event(AuditAction.ACCOUNT_UNLOCKED, id, before.unitId())
                .change(Map.of("status", before.status().name()), Map.of("status", "UNLOCKED")));
        return query.find(admin.scope(), id).orElseThrow();
    }

    /** A new one-time password, returned here once; the old password and open sessions stop working. */
    public IssuedPassword resetPassword(long id, int version) {
        AppUser admin = currentUser.require();
        AccountSummary before = existing(admin, id);
        if (before.id() == admin.id()) {
            throw new BusinessRuleException("account.error.notOnYourself");
        }
        String password = OneTimePasswords.generate();
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime expires = now.plus(settings.oneTimePasswordValidity()).withNano(0);
        if (!repository.resetPassword(id, version, encoder.encode(password), expires, admin.username(), now)) {
            throw stale(id);
        }
        boolean emailed = mail.sends(before.email());
        audit.record(event(AuditAction.PASSWORD_RESET, id, before.unitId()).change(
                Map.of("mustChangePassword", before.mustChangePassword()),
                Map.of("mustChangePassword", true, "passwordExpiresAt", expires.toString(),
                        "passwordDelivery", emailed ? "EMAIL" : "SHOWN")));
        if (emailed) {
            mail.send(before.username(), before.email(), password, expires);
        }
        return new IssuedPassword(query.find(admin.scope(), id).orElseThrow(), password, expires,
                emailed ? before.email() : null);
    }

    private AccountSummary setEnabled(long id, int version, boolean enabled) {
        AppUser admin = currentUser.require();
        AccountSummary before = existing(admin, id);
        if (before.id() == admin.id()) {
            throw new BusinessRuleException("account.error.notOnYourself");
        }
        boolean wasEnabled = before.status() != AccountStatus.DISABLED;
        if (wasEnabled == enabled) {
            if (before.version() != version) {
                throw stale(id);
            }
            return before;
        }
        if (!repository.setEnabled(id, version, enabled, admin.username(), LocalDateTime.now())) {
            throw stale(id);
        }
        audit.record(event(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, id, before.unitId())
                .change(Map.of("enabled", wasEnabled), Map.of("enabled", enabled)));
        return query.find(admin.scope(), id).orElseThrow();
    }

    private AccountSummary existing(AppUser admin, long id) {
        return query.find(admin.scope(), id)
                .orElseThrow(() -> new BusinessRuleException("account.error.unknownAccount", id));
    }

    private BusinessRuleException stale(long id) {
        String by = repository.updatedBy(id);
        return new BusinessRuleException("account.error.stale", by == null ? "?" : by);
    }

    record Valid(String fullName, String email, ReportUnit unit, Set<Role> roles) {
    }

    /** Every field checked before anything is written, so a refusal leaves nothing half-saved. */
    private Valid validate(AppUser admin, AccountForm form, Long accountId, Set<Role> heldBefore) {
        String fullName = TextRules.clean(form.fullName(), false);
        if (fullName == null) {
            throw new BusinessRuleException("account.error.fullNameRequired");
        }
        if (fullName.length() > NAME_MAX_LENGTH) {
            throw new BusinessRuleException("account.error.fullNameTooLong", NAME_MAX_LENGTH);
        }
        String email = email(form.email(), accountId);
        if (form.unitId() == null) {
            throw new BusinessRuleException("account.error.unitRequired");
        }
        ReportUnit unit = units.find(form.unitId()).filter(u -> !u.isFormer())
                .orElseThrow(() -> new BusinessRuleException("account.error.unknownUnit", form.unitId()));
        if (form.roles().isEmpty()) {
            throw new BusinessRuleException("account.error.roleRequired");
        }
        UnitScope scope = admin.scope();
        for (Role role : form.roles()) {
            // a role the account already holds may stay; only what is newly given must be grantable
            if (!heldBefore.contains(role) && !mayGrant(role, unit)) {
                throw new BusinessRuleException("account.error.roleNotGrantable", role.name());
            }
        }
        if (form.roles().contains(Role.PROVINCE_LEADER) && unit.level() != UnitLevel.PROVINCE) {
            throw new BusinessRuleException("account.error.provinceLeaderUnit");
        }
        if (form.officerId() != null) {
            AccountQuery.OfficerLink link = query.findOfficer(scope, form.officerId())
                    .orElseThrow(() -> new BusinessRuleException("account.error.unknownOfficer", form.officerId()));
            if (link.userId() != null && !link.userId().equals(accountId)) {
                throw new BusinessRuleException("account.error.officerTaken", link.officer().label());
            }
        }
        return new Valid(fullName, email, unit, EnumSet.copyOf(form.roles()));
    }

    private boolean mayGrant(Role role, ReportUnit unit) {
        if (role == Role.PROVINCE_LEADER) {
            // and then only to an account of the province itself (checked with its own message)
            return units.scopeRoot().level() == UnitLevel.PROVINCE;
        }
        return true;
    }

    private String email(String typed, Long accountId) {
        String email = TextRules.clean(typed, false);
        if (email == null) {
            return null;
        }
        email = email.toLowerCase(java.util.Locale.ROOT);
        if (email.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(email).matches()) {
            throw new BusinessRuleException("account.error.badEmail", email);
        }
        if (query.emailTaken(email, accountId)) {
            throw new BusinessRuleException("account.error.duplicateEmail", email);
        }
        return email;
    }

    private static void diff(String field, Object before, Object after, Map<String, Object> b, Map<String, Object> a) {
        if (!Objects.equals(before, after)) {
            b.put(field, before);
            a.put(field, after);
        }
    }

    static TreeSet<String> names(Set<Role> roles) {
        TreeSet<String> names = new TreeSet<>();
        roles.forEach(r -> names.add(r.name()));
        return names;
    }

    private static AuditEvent event(AuditAction action, long id, long unitId) {
        return AuditEvent.of(action, OBJECT_TYPE, id, unitId);
    }
}
