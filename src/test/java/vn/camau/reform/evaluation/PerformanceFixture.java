package vn.camau.reform.evaluation;

import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.camau.reform.TestLogins;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierRecord;
import vn.camau.reform.dossier.Applicant;
import vn.camau.reform.dossier.ServiceFlags;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierTiming;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.Rating;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dossier.TestHotlineReports;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.repository.UserRepository;
import vn.camau.reform.apology.ApologyState;
import vn.camau.reform.apology.DeliveryChannel;

/**
 * Six officers of the test agency with a known 2025, for the performance tests. Ranked by on-time
 * share, then late caused, then founded reports, they come B (2/2), C and D tied (3/4, nothing late at
 * their step), F (3/4, one late at their step), A (3/4, one late, one founded report), and E last with
 * no resolved dossier. A and B sign in as test.perf.a and test.perf.b (OFFICER).
 */
@Component
public class PerformanceFixture {

    public static final long A = 9111;
    public static final long B = 9112;
    public static final long C = 9113;
    public static final long D = 9114;
    public static final long E = 9115;
    public static final long F = 9116;
    public static final List<Long> ALL = List.of(A, B, C, D, E, F);
    public static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    public static final LocalDate TO = LocalDate.of(2025, 12, 31);
    /** The month A's late dossier fell due, and its apology was signed. */
    public static final int LATE_MONTH = 5;

    private final DSLContext dsl;
    private final TestDossiers testDossiers;
    private final DossierWriteService writer;
    private final CalendarService calendar;
    private final UserRepository users;
    private final UserDetailsService userDetails;
    private int seq;

    PerformanceFixture(DSLContext dsl, TestDossiers testDossiers, DossierWriteService writer, CalendarService calendar,
                       UserRepository users, UserDetailsService userDetails) {
        this.dsl = dsl;
        this.testDossiers = testDossiers;
        this.writer = writer;
        this.calendar = calendar;
        this.users = users;
        this.userDetails = userDetails;
    }

    /** Writes the officers, their dossiers and reports in the test's transaction: they go with its rollback. */
    public void load() {
        testDossiers.ensureReferenceData();
        long userA = users.insert("test.perf.a", "{noop}x", "Trần Văn An", AGENCY, Set.of(Role.OFFICER));
        long userB = users.insert("test.perf.b", "{noop}x", "Lê Thị Bình", AGENCY, Set.of(Role.OFFICER));
        users.insert("test.perf.audit", "{noop}x", "Ngô Văn Kiểm", AGENCY, Set.of(Role.AUDITOR));
        officer(A, "Trần Văn An", userA);
        officer(B, "Lê Thị Bình", userB);
        officer(C, "Phạm Văn Cường", null);
        officer(D, "Đỗ Thị Dung", null);
        officer(E, "Võ Văn Em", null);
        officer(F, "Huỳnh Thị Phượng", null);

        TestLogins.loginAs(userDetails, "admin");
        WorkingCalendar cal = calendar.calendar();
        inTime(A, 3, 2);
        long late = resolved(A, A, LocalDate.of(2025, LATE_MONTH, 5), true, Rating.DISSATISFIED, cal);
        inTime(B, 2, 3);
        inTime(C, 3, 4);
        resolved(C, null, LocalDate.of(2025, 6, 2), true, null, cal);
        inTime(D, 3, 4);
        resolved(D, null, LocalDate.of(2025, 7, 1), true, null, cal);
        inTime(F, 3, 8);
        resolved(F, F, LocalDate.of(2025, 9, 1), true, Rating.SATISFIED, cal);
        // One dossier of A's in 2024: outside the period
        resolved(A, A, LocalDate.of(2024, 11, 4), true, null, cal);
        TestLogins.logout();

        apology(late, LocalDate.of(2025, LATE_MONTH, 7));
        TestHotlineReports reports = new TestHotlineReports(dsl);
        reports.report(AGENCY, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 20))
                .officer(A).concluded("FOUNDED").save();
        reports.report(AGENCY, LocalDate.of(2025, 8, 11), LocalDate.of(2025, 8, 21))
                .officer(A).concluded("UNFOUNDED").save();
        reports.report(AGENCY, LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 24))
                .officer(C).concluded("UNFOUNDED").save();
    }

    private void officer(long id, String name, Long userId) {
        dsl.insertInto(OFFICER).set(OFFICER.ID, id).set(OFFICER.CODE, "TEST-HQ-" + id).set(OFFICER.FULL_NAME, name)
                .set(OFFICER.SEARCH_NAME, name.toLowerCase()).set(OFFICER.UNIT_ID, AGENCY)
                .set(OFFICER.POSITION, "Chuyên viên").set(OFFICER.USER_ID, userId).execute();
    }

    /** {@code n} dossiers resolved on their due date, one a month from {@code month}, rated satisfied. */
    private void inTime(long officer, int n, int month) {
        WorkingCalendar cal = calendar.calendar();
        for (int i = 0; i < n; i++) {
            resolved(officer, null, LocalDate.of(2025, month + i, 3), false, Rating.SATISFIED, cal);
        }
    }

    /** A dossier the officer handled, due on {@code due} (moved to a working day), resolved then or 2 working days later. */
    private long resolved(long handler, Long responsible, LocalDate dueAround, boolean late, Rating rating,
                          WorkingCalendar cal) {
        LocalDate due = cal.addWorkingDays(cal.addWorkingDays(dueAround, -1), 1);
        LocalDate received = cal.addWorkingDays(due, -10);
        LocalDate done = late ? cal.addWorkingDays(due, 2) : due;
        String code = "T-HQ-" + handler + "-" + (++seq);
        DossierRecord d = new DossierRecord(code, TestDossiers.PROCEDURE, AGENCY, AGENCY, Channel.ONLINE,
                DossierState.RESOLVED, received.atTime(8, 30), due, due, done.atTime(15, 0), null, done.atTime(15, 0),
                late ? DossierTiming.workingDaysLate(cal, due, done) : 0,
                new ServiceFlags(false, false, true, false, rating),
                new Applicant("Nguyễn Văn Thử", "0912345678", null), handler,
                new DossierRecord.Responsible(late ? "Thẩm định" : null, late ? AGENCY : null, responsible),
                List.of());
        writer.save(d);
        return dsl.select(DOSSIER.ID).from(DOSSIER).where(DOSSIER.CODE.eq(code)).fetchSingle(DOSSIER.ID);
    }

    private void apology(long dossierId, LocalDate issuedOn) {
        long admin = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("admin")).fetchSingle(APP_USER.ID);
        LocalDate due = dsl.select(DOSSIER.DUE_DATE).from(DOSSIER).where(DOSSIER.ID.eq(dossierId)).fetchSingle(DOSSIER.DUE_DATE);
        dsl.insertInto(APOLOGY).set(APOLOGY.DOSSIER_ID, dossierId).set(APOLOGY.UNIT_ID, AGENCY)
                .set(APOLOGY.STATE, ApologyState.APPROVED).set(APOLOGY.REASON, "Thẩm định chậm")
                .set(APOLOGY.ORIGINAL_DUE_DATE, due).set(APOLOGY.NEW_DUE_DATE, due.plusDays(5))
                .set(APOLOGY.CHANNEL, DeliveryChannel.DESK).set(APOLOGY.ISSUED_ON, issuedOn)
                .set(APOLOGY.CREATED_BY, admin).set(APOLOGY.CREATED_AT, issuedOn.atTime(9, 0)).execute();
    }
}
