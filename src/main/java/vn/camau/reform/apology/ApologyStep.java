package vn.camau.reform.apology;

import java.time.LocalDateTime;

/**
 * One recorded step of an apology's workflow: its facts as data, worded when shown. {@code channel} is
 * how the letter went (set for a SENT step only); {@code comment} only what the user wrote (a return's
 * reason, where it was published).
 */
public record ApologyStep(ApologyAction action, String userName, LocalDateTime at, DeliveryChannel channel,
                          String comment) {
}
