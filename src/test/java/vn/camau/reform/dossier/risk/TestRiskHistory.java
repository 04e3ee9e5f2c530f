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
     * 20 dossiers of the test agency resolved within the last 12 months, each entering appraisal the day
     * it was received: 10 resolved 2 working days later, 10 after 6. Open: one that entered appraisal
     * today with 3 working days left (10 of 20 needed 4 or more: risk 0.5), one with 9 left (risk 0), one
     * in approval, a step with no history.
     */
    public static void load(DossierWriteService writer, WorkingCalendar cal, LocalDate today) {
        for (int i = 0; i < 20; i++) {
            LocalDate received = cal.workingDaysBefore(today, 30 + i * 5);
            int took = i < 10 ? 2 : 6;
            LocalDate resolved = cal.addWorkingDays(received, took);
            DossierRecord d = TestDossiers.dossier("T-RISK-H" + i, TestDossiers.AGENCY, received,
                    cal.addWorkingDays(received, 10), resolved, DossierState.RESOLVED, Channel.ONLINE, 0);
            writer.save(TestDossiers.with(d, false, List.of(
                    event(received, 8, DossierState.RECEIVED, "Tiếp nhận thử"),
                    event(received, 10, DossierState.PROCESSING, APPRAISAL),
                    event(resolved, 15, DossierState.RESOLVED, "Trả kết quả thử"))));
        }
        writer.save(open("T-RISK-HIGH", today, cal.addWorkingDays(today, 3), APPRAISAL));
        writer.save(open("T-RISK-LOW", today, cal.addWorkingDays(today, 9), APPRAISAL));
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
