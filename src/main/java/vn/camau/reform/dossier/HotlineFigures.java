package vn.camau.reform.dossier;

/**
 * The hotline's figures for a unit and period (DOMAIN §7), counted under the unit a report concerns
 * and rolled up like every other figure. Counts only: a report's reporter never reaches here.
 *
 * @param received              reports received in the period
 * @param due                   reports whose answer was due in the period: the due date fell in it and
 *                              passed (before today; a report due today can still be answered on time),
 *                              or the report was answered
 * @param answeredOnTime        of those, answered on or before the due date
 * @param overdue               received in the period, still unanswered, past the due date
 * @param founded               received in the period and concluded founded or partly founded
 * @param satisfied             received in the period, the citizen satisfied with the answer
 * @param satisfactionResponses received in the period, the citizen satisfied or not (no response left out)
 */
public record HotlineFigures(long received, long due, long answeredOnTime, long overdue, long founded,
                             long satisfied, long satisfactionResponses) {

    public static final HotlineFigures NONE = new HotlineFigures(0, 0, 0, 0, 0, 0, 0);

    public HotlineFigures plus(HotlineFigures o) {
        return new HotlineFigures(received + o.received, due + o.due, answeredOnTime + o.answeredOnTime,
                overdue + o.overdue, founded + o.founded, satisfied + o.satisfied,
                satisfactionResponses + o.satisfactionResponses);
    }

    /** Answered on time ÷ due. */
    public Ratio onTimeRatio() {
        return new Ratio(answeredOnTime, due);
    }

    /** Satisfied ÷ (satisfied + not satisfied). */
    public Ratio satisfactionRatio() {
        return new Ratio(satisfied, satisfactionResponses);
    }
}
