package vn.camau.reform.hotline;

import vn.camau.reform.base.period.Ratio;

/**
 * The hotline's figures for a unit and period (DOMAIN §7), counted under the unit a report concerns
 * and rolled up like every other figure, at the period's end (its last day once over, now while it
 * runs), answer round by answer round (a reopened report has one per answer). Counts only: a report's
 * reporter never reaches here.
 *
 * @param received              reports received in the period
 * @param due                   answer rounds due in the period: the due date fell in it and had passed at
 *                              its end (the last day included once it is over; while it runs, a report
 *                              due today can still be answered on time), or the round had been answered
 * @param answeredOnTime        of those, answered on or before the due date
 * @param overdue               rounds begun in the period (received or reopened), unanswered at its end,
 *                              past the due date
 * @param founded               received in the period, the finding in force at its end founded or partly
 * @param satisfied             answers to reports received in the period that the citizen was satisfied
 *                              with, by its end
 * @param satisfactionResponses answers to those reports the citizen rated, satisfied or not (no response
 *                              left out)
 */
public record HotlineFigures(long received, long due, long answeredOnTime, long overdue, long founded,
                             long satisfied, long satisfactionResponses) {

    public static final HotlineFigures NONE = new HotlineFigures(0, 0, 0, 0, 0, 0, 0);

    public HotlineFigures plus(HotlineFigures o) {
        return new HotlineFigures(received + o.received, due + o.due, answeredOnTime + o.answeredOnTime,
                overdue + o.overdue, founded + o.founded, satisfied + o.satisfied,
                satisfactionResponses + o.satisfactionResponses);
    }

    /** These figures without a part of them (reports withheld from a viewer). */
    public HotlineFigures minus(HotlineFigures o) {
        return new HotlineFigures(received - o.received, due - o.due, answeredOnTime - o.answeredOnTime,
                overdue - o.overdue, founded - o.founded, satisfied - o.satisfied,
                satisfactionResponses - o.satisfactionResponses);
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
