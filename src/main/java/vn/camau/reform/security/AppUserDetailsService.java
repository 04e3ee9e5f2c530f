package vn.camau.reform.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import vn.camau.reform.security.repository.UserRepository;

/** Loads a user by any spelling of their name that {@link Usernames} makes canonical. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    AppUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return Usernames.canonical(username).flatMap(users::findPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
    }
}
