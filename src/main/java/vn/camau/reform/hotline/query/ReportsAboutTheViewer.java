package vn.camau.reform.hotline.query;

import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.OFFICER;

import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * A hotline report about the person looking at the figures counts for them only once a leader has
 * concluded it founded or partly founded: until then (and if unfounded) the officer reported on
 * must not learn from a count that someone complained, the same rule that keeps such a report out of
 * their queue. Everyone else's view of that officer counts every report.
 */
public final class ReportsAboutTheViewer {

    private ReportsAboutTheViewer() {
    }

    public static Condition countedFor(long viewerUserId) {
        return HOTLINE_REPORT.OFFICER_ID.notIn(DSL.select(OFFICER.ID).from(OFFICER).where(OFFICER.USER_ID.eq(viewerUserId)))
                .or(HOTLINE_REPORT.CONCLUSION.in(HotlineFiguresQuery.FOUNDED));
    }
}
