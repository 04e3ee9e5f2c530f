package vn.camau.reform.account;

import java.util.Set;

import vn.camau.reform.security.Role;

/**
 * What an administrator types to create or edit an account. The user name is fixed once created
 * (it is what people sign in with and what the audit trail names), so an edit ignores it.
 *
 * @param officerId the officer-register record this account belongs to (performance and ratings link
 *                  through it); null for accounts of people outside the register
 */
public record AccountForm(String username, String fullName, String email, Long unitId, Set<Role> roles,
                          Long officerId) {

    public AccountForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
