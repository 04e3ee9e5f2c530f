package vn.camau.reform.account;

import java.time.LocalDateTime;

/** One sign-in (or a failed one, or a sign-out) of the user's own account, from the audit trail. */
public record SignInRecord(LocalDateTime at, String action, String clientIp) {
}
