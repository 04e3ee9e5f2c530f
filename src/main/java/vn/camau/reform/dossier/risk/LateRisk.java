package vn.camau.reform.dossier.risk;

/**
 * The late-risk of one open dossier with the reason's parts, worded when shown ("Bước Thẩm định
 * thường mất 4 ngày làm việc; còn 2 ngày").
 *
 * @param probability  the empirical share of like cases that took longer than the days left; null when the
 *                     step has too little history for a figure ({@link #enoughHistory()} false)
 * @param basis        whose history the figure comes from; null without one
 * @param cases        how many past cases it rests on (the most found, when too few)
 * @param typicalDays  the median working days the step took; null without history
 * @param daysInStep   working days the dossier has been in the step
 * @param daysLeft     working days left to its due date
 */
public record LateRisk(Double probability, String step, RiskBasis basis, int cases, Integer typicalDays,
                       int daysInStep, int daysLeft) {

    public boolean enoughHistory() {
        return probability != null;
    }

    /** Shown (and counted) only at or above the threshold, and never without a figure. */
    public boolean atOrAbove(double threshold) {
        return probability != null && probability >= threshold;
    }

    /** The probability in whole percent, for the screens. */
    public int percent() {
        return probability == null ? 0 : (int) Math.round(probability * 100);
    }
}
