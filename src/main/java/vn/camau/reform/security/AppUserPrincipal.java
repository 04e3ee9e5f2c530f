package vn.camau.reform.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of an {@link AppUser}, with the hash, the lock-out state and what the
 * per-request account check ({@link AccountStateFilter}) compares: the account's version when it was
 * read, and when this sign-in began.
 */
public final class AppUserPrincipal implements UserDetails, CredentialsContainer {

    private final AppUser user;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final AccountState state;
    private final Instant signedInAt;
    /** Signed in through the identity provider, not with this application's password. */
    private final boolean singleSignOn;

    public AppUserPrincipal(AppUser user, String passwordHash, boolean enabled, Instant lockedUntil) {
        this(user, passwordHash, enabled, lockedUntil, AccountState.UNKNOWN, Instant.now());
    }

    public AppUserPrincipal(AppUser user, String passwordHash, boolean enabled, Instant lockedUntil,
                            AccountState state, Instant signedInAt) {
        this(user, passwordHash, enabled, lockedUntil, state, signedInAt, false);
    }

    private AppUserPrincipal(AppUser user, String passwordHash, boolean enabled, Instant lockedUntil,
                             AccountState state, Instant signedInAt, boolean singleSignOn) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.state = state;
        this.signedInAt = signedInAt;
        this.singleSignOn = singleSignOn;
    }

    /**
     * The same account read afresh, keeping when and how this sign-in began (so a refresh never extends
     * it, and a single sign-on stays one).
     */
    AppUserPrincipal refreshedFrom(AppUserPrincipal fresh) {
        return new AppUserPrincipal(fresh.user, null, fresh.enabled, fresh.lockedUntil, fresh.state, signedInAt,
                singleSignOn);
    }

    /** This account signed in through single sign-on now, without its local password hash. */
    public AppUserPrincipal signedInThroughSso() {
        return new AppUserPrincipal(user, null, enabled, lockedUntil, state, Instant.now(), true);
    }

    public boolean singleSignOn() {
        return singleSignOn;
    }

    public AccountState state() {
        return state;
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    /**
     * Signed in with a one-time password that has not been replaced yet. Never after a single sign-on:
     * the provider checked who this is, and a local one-time password (issued before SSO, or for the
     * form) is nothing this user has used or must replace.
     */
    public boolean mustChangePassword() {
        return !singleSignOn && state.mustChangePassword();
    }

    public AppUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    /** Until when sign-ins are refused after too many failures; null when never locked. */
    public Instant lockedUntil() {
        return lockedUntil;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
