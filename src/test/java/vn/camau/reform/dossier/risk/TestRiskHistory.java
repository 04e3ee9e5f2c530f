package vn.camau.reform.dossier.risk;

import java.time.LocalDate;
import java.util.List;

import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierEventRecord;
import vn.camau.reform.dossier.DossierRecord;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.TestDossiers;

/** A history of the test procedure whose late-risk is known, for the service, view and API tests. */
public final class TestRiskHistory {

    public static final String APPRAISAL = "Thẩm định hồ sơ thử";
    public static final String APPROVAL = "Phê duyệt thử";

    private TestRiskHistory() {
    }

    /**
     * 30 dossiers of the test agency resolved within the last 12 months, each entering appraisal the day
     * it was received: 10 on time after 2 working days and 10 after 4, due 5 days after reception; 10 late
     * after 6, due 3 days after reception. So with 2 days left, 10 of the 20 mornings in appraisal ended late
     * (risk 0.5); with 3 left none did. The step's median is 4 days. Open: one that entered appraisal today
     * with 2 working days left (risk 0.5), one with 3 left (risk 0), one in approval, a step with no history.
     */
    public static void load(DossierWriteService writer, WorkingCalendar cal, LocalDate today) {
        for (int i = 0; i < 30; i++) {
            LocalDate received = cal.workingDaysBefore(today, 30 + i * 5);
            int took = i < 10 ? 2 : i < 20 ? 4 : 6;
            LocalDate due = cal.addWorkingDays(received, i < 20 ? 5 : 3);
            LocalDate resolved = cal.addWorkingDays(received, took);
            DossierRecord d = TestDossiers.dossier("T-RISK-H" + i, TestDossiers.AGENCY, received, due, resolved,
                    DossierState.RESOLVED, Channel.ONLINE, resolved.isAfter(due) ? cal.workingDaysBetween(due, resolved) : 0);
            writer.save(TestDossiers.with(d, false, List.of(
                    event(received, 8, DossierState.RECEIVED, "Tiếp nhận thử"),
                    event(received, 10, DossierState.PROCESSING, APPRAISAL),
                    event(resolved, 15, DossierState.RESOLVED, "Trả kết quả thử"))));
        }
        writer.save(open("T-RISK-HIGH", today, cal.addWorkingDays(today, 2), APPRAISAL));
        writer.save(open("T-RISK-LOW", today, cal.addWorkingDays(today, 3), APPRAISAL));
        writer.save(open("T-RISK-NEW", today, cal.addWorkingDays(today, 3), APPROVAL));
    }

    private static DossierRecord open(String code, LocalDate today, LocalDate due, String step) {
        DossierRecord d = TestDossiers.dossier(code, TestDossiers.AGENCY, today, due, null, DossierState.PROCESSING,
                Channel.ONLINE, 0);
        return TestDossiers.with(d, false, List.of(event(today, 7, DossierState.RECEIVED, "Tiếp nhận thử"),
                event(today, 8, DossierState.PROCESSING, step)));
    }

    private static DossierEventRecord event(LocalDate day, int hour, DossierState state, String step) {
        return new DossierEventRecord(day.atTime(hour, 0), state, step, TestDossiers.AGENCY, null, null, null, null);
    }

}
