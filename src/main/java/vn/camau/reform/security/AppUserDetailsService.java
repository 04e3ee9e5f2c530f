package vn.camau.reform.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import vn.camau.reform.security.repository.UserRepository;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    AppUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findPrincipal(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
    }
}
