package vn.camau.reform.security.audit;

import java.time.LocalDateTime;

/** One sign-in, failed sign-in, lock-out or sign-out of an account, as its owner sees it. */
public record SignInEntry(LocalDateTime at, String action, String clientIp) {
}
