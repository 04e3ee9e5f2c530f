package vn.camau.reform.account;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

import vn.camau.reform.account.query.AccountQuery;
import vn.camau.reform.account.repository.AccountRepository;
import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.Usernames;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;

/**
 * Accounts for the officers of a unit in one go, from the officer register (which the officer import
 * fills): one OFFICER account per active officer without one, in the officer's own unit, linked to the
 * record, with a one-time password each. User names follow the usual Vietnamese office pattern, the
 * given name then the initials of the others ("Nguyễn Văn An" → {@code annv}), numbered when taken.
 * All or nothing: one transaction.
 */
@Service
@RolesAllowed(Roles.ADMIN)
@Transactional
public class OfficerAccountsService {

    /** A commune has tens of officers, the whole province about 2,700. */
    static final int MAX_PER_RUN = 3000;

    private final AccountQuery query;
    private final AccountRepository repository;
    private final AdminUnitService units;
    private final CurrentUser currentUser;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final AccountSettings settings;

    OfficerAccountsService(AccountQuery query, AccountRepository repository, AdminUnitService units,
                           CurrentUser currentUser, PasswordEncoder encoder, AuditTrail audit,
                           AccountSettings settings) {
        this.query = query;
        this.repository = repository;
        this.units = units;
        this.currentUser = currentUser;
        this.encoder = encoder;
        this.audit = audit;
        this.settings = settings;
    }

    /** How many officers of the unit (and below) have no account yet. */
    @Transactional(readOnly = true)
    public int countWithoutAccount(long unitId) {
        return query.officersWithoutAccount(currentUser.scope(), unitId, null, 0, MAX_PER_RUN + 1).size();
    }

    public BulkAccounts createForOfficers(long unitId) {
        AppUser admin = currentUser.require();
        units.find(unitId).filter(u -> !u.isFormer())
                .orElseThrow(() -> new BusinessRuleException("account.error.unknownUnit", unitId));
        List<OfficerChoice> officers = query.officersWithoutAccount(admin.scope(), unitId, null, 0, MAX_PER_RUN + 1);
        if (officers.isEmpty()) {
            throw new BusinessRuleException("account.bulk.none");
        }
        if (officers.size() > MAX_PER_RUN) {
            throw new BusinessRuleException("account.bulk.tooMany", MAX_PER_RUN);
        }
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime expires = now.plus(settings.oneTimePasswordValidity()).withNano(0);
        Set<String> taken = new HashSet<>();
        List<BulkAccounts.Created> created = new ArrayList<>();
        for (OfficerChoice officer : officers) {
            String username = freeUsername(officer, taken);
            taken.add(username);
            String password = OneTimePasswords.generate();
            long id = repository.insert(username, encoder.encode(password), officer.fullName(),
                    SearchText.fold(officer.fullName()), null, officer.unitId(), expires, admin.username(), now);
            repository.replaceRoles(id, Set.of(Role.OFFICER));
            repository.linkOfficer(id, officer.id());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("username", username);
            after.put("fullName", officer.fullName());
            after.put("unitId", officer.unitId());
            after.put("unit", officer.unitName());
            after.put("roles", List.of(Role.OFFICER.name()));
            after.put("officerId", officer.id());
            after.put("mustChangePassword", true);
            audit.record(AuditEvent.of(AuditAction.ACCOUNT_CREATED, AccountService.OBJECT_TYPE, id, officer.unitId())
                    .change(Map.of(), after));
            created.add(new BulkAccounts.Created(officer.code(), officer.fullName(), officer.unitName(), username,
                    password));
        }
        return new BulkAccounts(created, 0, expires);
    }

    private String freeUsername(OfficerChoice officer, Set<String> taken) {
        String base = usernameFor(officer.fullName());
        if (base.length() < Usernames.MIN_LENGTH) {
            base = base + officer.code().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }
        String candidate = base;
        for (int n = 2; taken.contains(candidate) || query.usernameExists(candidate)
                || Usernames.canonical(candidate).isEmpty(); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    /** "Nguyễn Văn An" → "annv": the given name, then the first letter of each other name. */
    static String usernameFor(String fullName) {
        String[] parts = SearchText.fold(fullName).replaceAll("[^a-z0-9 ]", "").strip().split(" +");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return "canbo";
        }
        StringBuilder name = new StringBuilder(parts[parts.length - 1]);
        for (int i = 0; i < parts.length - 1; i++) {
            name.append(parts[i].charAt(0));
        }
        String s = name.toString();
        return s.length() > Usernames.MAX_LENGTH - 6 ? s.substring(0, Usernames.MAX_LENGTH - 6) : s;
    }
}
