package vn.camau.reform.evaluation;

import java.time.LocalDate;

/** A unit's rating round for a period, with how far each of its ratings has got. */
public record EvaluationCycle(long id, long unitId, String unitName, RuleSet rules, Frequency frequency,
                              LocalDate periodStart, LocalDate periodEnd, LocalDate selfDeadline,
                              LocalDate approveDeadline, boolean open, Progress progress) {

    /** Ratings per state: who has not self-assessed, who waits for whom. */
    public record Progress(int total, int awaitingSelf, int selfAssessed, int proposed, int reviewed, int approved) {
    }
}
