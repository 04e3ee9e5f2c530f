package vn.camau.reform.hotline;

import java.time.LocalDateTime;

/** The leader's conclusion on the report and the action on the officer named; all empty until concluded. */
public record LeaderConclusion(Conclusion conclusion, OfficerAction officerAction, String note,
                               String concludedByName, LocalDateTime concludedAt) {
}
