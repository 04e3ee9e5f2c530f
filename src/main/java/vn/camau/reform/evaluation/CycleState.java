package vn.camau.reform.evaluation;

/** Whether a rating cycle still takes ratings (stored by name in {@code evaluation_cycle.state}). */
public enum CycleState {
    OPEN, CLOSED
}
