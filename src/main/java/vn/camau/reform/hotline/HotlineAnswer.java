package vn.camau.reform.hotline;

import java.time.LocalDateTime;

/**
 * The latest answer to the citizen and how they took it; all empty until answered (and again after a
 * reopen clears it for a new round).
 */
public record HotlineAnswer(String text, HotlineChannel channel, LocalDateTime answeredAt, String answeredByName,
                            Satisfaction satisfaction) {
}
