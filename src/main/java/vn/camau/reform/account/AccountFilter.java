package vn.camau.reform.account;

import vn.camau.reform.security.Role;

/**
 * The account list's filter; every part may be null (no restriction).
 *
 * @param text   part of the user name, the full name (diacritics ignored) or the e-mail
 * @param unitId a unit: its accounts and those of the units below it
 */
public record AccountFilter(String text, Long unitId, Role role, AccountStatus status) {

    public static final AccountFilter ALL = new AccountFilter(null, null, null, null);
}
