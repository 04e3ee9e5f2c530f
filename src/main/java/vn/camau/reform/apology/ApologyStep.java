package vn.camau.reform.apology;

import java.time.LocalDateTime;

/** One recorded step of an apology's workflow. */
public record ApologyStep(ApologyAction action, String userName, LocalDateTime at, String comment) {
}
