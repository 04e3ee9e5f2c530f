package vn.camau.reform.hotline;

import java.time.LocalDateTime;

/** One entry of a report's timeline: who did what, when, and what changed. */
public record HotlineEvent(LocalDateTime actedAt, String userName, HotlineAction action, String details) {
}
