package vn.camau.reform.security;

/** A user a token can be issued for, as the issuing dialog lists them. */
public record TokenOwner(String username, String fullName, String unitName) {
}
