package vn.camau.reform.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.repository.DossierRepository;

/**
 * The supplement rule as a setting (pause or restart the clock), recomputed for stored dossiers when
 * it changes, and lateness attributed to the step that overran its share.
 */
@AppTest
@Transactional // each test rolls back its dossiers and settings (no closed figures are read)
class DossierRulesTest {

    @Autowired
    DossierWriteService writer;
    @Autowired
    TimingSettingsChange settingsChange;
    @Autowired
    DossierSettingsService settings;
    @Autowired
    DossierRepository repository;
    @Autowired
    CalendarService calendarService;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    WorkingCalendar cal;

    @BeforeEach
    void setUp() {
        TestDossiers.ensureReferenceData(dsl);
        TestLogins.loginAs(users, "admin");
        cal = calendarService.calendar();
    }

    @AfterEach
    void restoreDefaults() {
        TestLogins.loginAs(users, "admin");
        settingsChange.apply(new DossierSettings(1, SupplementRule.PAUSE));
        TestLogins.logout();
    }

    private static DossierEventRecord event(LocalDate day, DossierState state, String step, Long officer,
                                            LocalDate stepDue, String id) {
        return new DossierEventRecord(day.atTime(9, 0), state, step, AGENCY, officer, stepDue, null, id);
    }

    /** Received 2 March 2026, 10 working days; the applicant took 3 working days to supplement. */
    private DossierRecord supplemented() {
        LocalDate received = LocalDate.of(2026, 3, 2);
        LocalDate appointment = cal.addWorkingDays(received, 10);
        LocalDate asked = cal.addWorkingDays(received, 2);
        LocalDate back = cal.addWorkingDays(asked, 3);
        DossierRecord base = TestDossiers.dossier("T-SUPP", AGENCY, received, appointment, null,
                DossierState.PROCESSING, Channel.ONLINE, 0);
        return new DossierRecord(base.code(), base.procedureId(), base.receivingUnitId(), base.handlingUnitId(),
                base.channel(), base.state(), base.receivedAt(), appointment, appointment, null, null, null, 0,
                new ServiceFlags(true, true, false, false, null), new Applicant(base.applicant().name(), null, null),
                null, DossierRecord.Responsible.NOBODY,
                List.of(event(received, DossierState.RECEIVED, "Tiếp nhận", null, received, "e1"),
                        event(asked, DossierState.SUPPLEMENT_REQUESTED, "Yêu cầu bổ sung", null, null, "e2"),
                        event(back, DossierState.PROCESSING, "Thẩm định", null, appointment, "e3")));
    }

    @Test
    void pauseMovesTheDueDateByTheDaysTheApplicantTookAndRestartCountsTheWholeLimitAgain() {
        DossierRecord d = supplemented();
        writer.save(d);
        LocalDate appointment = d.appointmentDate();
        assertThat(repository.findRecord("T-SUPP").orElseThrow().dueDate())
                .isEqualTo(cal.addWorkingDays(appointment, 3));

        int recomputed = settingsChange.apply(new DossierSettings(1, SupplementRule.RESTART));
        assertThat(recomputed).isGreaterThanOrEqualTo(1);
        LocalDate back = d.events().get(2).eventAt().toLocalDate();
        assertThat(repository.findRecord("T-SUPP").orElseThrow().dueDate()).isEqualTo(cal.addWorkingDays(back, 10));
        // events were not duplicated by the recomputation
        assertThat(repository.findEvents("T-SUPP")).hasSize(3);
    }

    @Test
    void resendingTheSameEventsChangesNothing() {
        writer.save(supplemented());
        writer.save(supplemented());
        assertThat(repository.findEvents("T-SUPP")).hasSize(3);
    }

    @Test
    void theStepThatOverranItsShareOwnsTheLateness() {
        LocalDate received = LocalDate.of(2026, 4, 1);
        LocalDate appointment = cal.addWorkingDays(received, 10);
        LocalDate desk = cal.addWorkingDays(received, 1);
        LocalDate review = cal.addWorkingDays(received, 6);
        LocalDate approved = cal.addWorkingDays(received, 12);
        DossierRecord base = TestDossiers.dossier("T-OWNER", AGENCY, received, appointment, approved,
                DossierState.RESOLVED, Channel.IN_PERSON, 0);
        DossierRecord d = new DossierRecord(base.code(), base.procedureId(), base.receivingUnitId(),
                base.handlingUnitId(), base.channel(), base.state(), base.receivedAt(), appointment, appointment,
                base.resolvedAt(), null, base.finishedAt(), 0, new ServiceFlags(false, false, true, false, null),
                new Applicant(base.applicant().name(), null, null), null, DossierRecord.Responsible.NOBODY,
                List.of(event(received, DossierState.RECEIVED, "Tiếp nhận", null, desk, "a"),
                        // the review had until working day 5 and ended on working day 6: 1 day over
                        event(desk, DossierState.PROCESSING, "Thẩm định", null, cal.addWorkingDays(received, 5), "b"),
                        // the approval had until working day 8 and ended on working day 12: 4 days over
                        event(review, DossierState.PROCESSING, "Phê duyệt", null, cal.addWorkingDays(received, 8), "c"),
                        event(approved, DossierState.RESOLVED, "Trả kết quả", null, null, "d")));
        writer.save(d);
        DossierRecord stored = repository.findRecord("T-OWNER").orElseThrow();
        assertThat(stored.responsible().step()).isEqualTo("Phê duyệt");
        assertThat(stored.lateWorkingDays()).isEqualTo(2);
        assertThat(stored.timing()).isEqualTo(Timing.LATE);
    }

    @Test
    void onlyAnAdministratorChangesTheRulesAndNonsenseIsRefused() {
        assertThatThrownBy(() -> settingsChange.apply(new DossierSettings(-1, SupplementRule.PAUSE)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(settings.current().dueSoonWorkingDays()).isEqualTo(1);
        TestLogins.loginAs(users, "lanhdao.tinh");
        assertThatThrownBy(() -> settingsChange.apply(new DossierSettings(2, SupplementRule.PAUSE)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
