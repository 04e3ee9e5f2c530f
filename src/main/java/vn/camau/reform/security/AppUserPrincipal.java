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

    public AppUserPrincipal(AppUser user, String passwordHash, boolean enabled, Instant lockedUntil) {
        this(user, passwordHash, enabled, lockedUntil, AccountState.UNKNOWN, Instant.now());
    }

    public AppUserPrincipal(AppUser user, String passwordHash, boolean enabled, Instant lockedUntil,
                            AccountState state, Instant signedInAt) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.state = state;
        this.signedInAt = signedInAt;
    }

    /** The same account read afresh, keeping when this sign-in began (so a refresh never extends it). */
    AppUserPrincipal refreshedFrom(AppUserPrincipal fresh) {
        AppUserPrincipal refreshed = new AppUserPrincipal(fresh.user, null, fresh.enabled, fresh.lockedUntil,
                fresh.state, signedInAt);
        return refreshed;
    }

    public AccountState state() {
        return state;
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    /** Signed in with a one-time password that has not been replaced yet. */
    public boolean mustChangePassword() {
        return state.mustChangePassword();
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
