package vn.camau.reform.hotline;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a report's timeline: who did what, when, and what changed. {@code changes} are the
 * facts as data; {@code details} is only what a user typed (a note, an answer, a reason), or, for
 * entries written before the facts were kept as data and not understood then, the old sentence.
 */
public record HotlineEvent(LocalDateTime actedAt, String userName, HotlineAction action, String details,
                           List<HotlineChange> changes) {

    public HotlineEvent {
        changes = List.copyOf(changes);
    }

    public Optional<HotlineChange> change(HotlineField field) {
        return changes.stream().filter(c -> c.field() == field).findFirst();
    }
}
