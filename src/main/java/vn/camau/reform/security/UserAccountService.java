package vn.camau.reform.security;

import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.security.repository.UserRepository;

/** Creating accounts (the first administrator, demo users) and per-user preferences. */
@Service
public class UserAccountService {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;

    UserAccountService(UserRepository users, PasswordEncoder encoder, CurrentUser currentUser) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
    }

    /**
     * Creates the account unless one with that name exists; returns whether it did. Used at start-up
     * (no signed-in user), so it is not behind method security: callers are the bootstrap runners.
     */
    @Transactional
    boolean createIfAbsent(String username, String rawPassword, String fullName, String unitCode, Set<Role> roles) {
        String name = Usernames.forNewAccount(username);
        if (users.exists(name)) {
            return false;
        }
        long unitId = users.findCurrentUnitId(unitCode)
                .orElseThrow(() -> new BusinessRuleException("user.error.unknownUnit", unitCode));
        users.insert(name, encoder.encode(rawPassword), fullName, unitId, roles);
        return true;
    }

    /** Remembers the signed-in user's interface language ("vi" or "en"). */
    @Transactional
    public void changeLocale(String language) {
        if (!"vi".equals(language) && !"en".equals(language)) {
            throw new BusinessRuleException("user.error.unknownLanguage", language);
        }
        currentUser.get().ifPresent(u -> users.updateLocale(u.id(), language));
    }
}
