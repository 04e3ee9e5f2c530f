package vn.camau.reform.apology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.dossier.TestDossiers.dossier;
import static vn.camau.reform.jooq.Tables.APOLOGY;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierTiming;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.adminunit.UnitStructure;

/** The apology workflow against the real database: the once-only rule, bad input, scope, compliance. */
@AppTest
@Transactional // each test rolls back its dossiers and apologies (it reads no closed period's figures)
class ApologyServiceTest {

    @Autowired
    ApologyService apologies;
    @Autowired
    IndicatorService indicators;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendarService;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApologyLetters letters;

    WorkingCalendar cal;
    LocalDate today;

    @BeforeEach
    void setUp() {
        TestDossiers.ensureReferenceData(dsl);
        TestLogins.loginAs(users, "lanhdao.tinh");
        cal = calendarService.calendar();
        today = indicators.today();
    }

    @AfterEach
    void tearDown() {
        TestLogins.logout();
    }

    /** Dossiers come from the intake (administrators); the test goes on as the province leader. */
    private void save(vn.camau.reform.dossier.DossierRecord d) {
        TestLogins.loginAs(users, "admin");
        writer.save(d);
        TestLogins.loginAs(users, "lanhdao.tinh");
    }

    private void overdue(String code, int workingDaysLate) {
        LocalDate due = cal.workingDaysBefore(today, workingDaysLate);
        save(dossier(code, AGENCY, cal.addWorkingDays(due, -10), due, null, DossierState.PROCESSING,
                Channel.IN_PERSON, 0));
    }

    private ApologyForm form(String code, String reason, LocalDate newDate) {
        return new ApologyForm(code, AGENCY, reason, newDate, DeliveryChannel.DESK, false);
    }

    private Apology apology(long id) {
        return apologies.apology(id).orElseThrow();
    }

    private int apologiesOf(String code) {
        return dsl.fetchCount(APOLOGY, APOLOGY.DOSSIER_ID.in(dsl.select(vn.camau.reform.jooq.Tables.DOSSIER.ID)
                .from(vn.camau.reform.jooq.Tables.DOSSIER).where(vn.camau.reform.jooq.Tables.DOSSIER.CODE.eq(code))));
    }

    @Test
    void aDraftIsPrefilledFromTheLateDossier() {
        overdue("T-AP-1", 3);
        ApologyDraft draft = apologies.draftFor("T-AP-1");
        assertThat(draft.overdue()).isTrue();
        assertThat(draft.workingDaysLate()).isEqualTo(3);
        assertThat(draft.suggestedFaultUnitId()).isEqualTo(AGENCY);
        assertThat(draft.suggestedReason()).contains("Thẩm định");
        assertThat(draft.suggestedChannel()).isEqualTo(DeliveryChannel.DESK);
        assertThat(draft.suggestedNewDueDate()).isAfter(today);
        assertThat(cal.isWorkingDay(draft.suggestedNewDueDate())).isTrue();
        assertThat(draft.applicantMasked()).isEqualTo("Nguyễn V. T.");
    }

    @Test
    void theNewDateIsSetOnlyOnce() {
        overdue("T-AP-1", 2);
        LocalDate newDate = cal.addWorkingDays(today, 3);
        long id = apologies.create(form("T-AP-1", "Chờ ý kiến thẩm định của Sở Xây dựng", newDate));
        apologies.approve(id, apology(id).version(), null);

        Apology signed = apology(id);
        assertThat(signed.state()).isEqualTo(ApologyState.APPROVED);
        assertThat(signed.letter().number()).endsWith("/PXL");
        assertThat(signed.letter().issuedOn()).isEqualTo(today);
        assertThat(signed.letter().signerName()).isEqualTo("Nguyễn Văn Tỉnh");
        // Already overdue when signed: the apology is late
        assertThat(signed.issuedInTime()).isFalse();

        assertThatThrownBy(() -> apologies.create(form("T-AP-1", "Lần hai", cal.addWorkingDays(today, 6))))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("apology.new-date-once");
        assertThatThrownBy(() -> apologies.update(id, signed.version(),
                form("T-AP-1", "Lần hai", cal.addWorkingDays(today, 6))))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("apology.new-date-once");
        assertThatThrownBy(() -> apologies.draftFor("T-AP-1"))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("apology.new-date-once");
        assertThat(apology(id).newDueDate()).isEqualTo(newDate);
        assertThat(apologiesOf("T-AP-1")).isEqualTo(1);
    }

    @Test
    void anApologyBeforeTheDueDateIsInTime() {
        LocalDate due = cal.addWorkingDays(today, 3);
        save(dossier("T-AP-SOON", AGENCY, cal.workingDaysBefore(today, 7), due, null, DossierState.PROCESSING,
                Channel.ONLINE, 0));
        // Not late yet: only with the officer's declaration that it will be
        assertThatThrownBy(() -> apologies.create(form("T-AP-SOON", "Chờ kết quả đo đạc", cal.addWorkingDays(due, 2))))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("apology.dossier-not-late");
        long id = apologies.create(new ApologyForm("T-AP-SOON", AGENCY, "Chờ kết quả đo đạc",
                cal.addWorkingDays(due, 2), DeliveryChannel.SMS, true));
        apologies.approve(id, apology(id).version(), "Phó Giám đốc");
        Apology a = apology(id);
        assertThat(a.declaredLate()).isTrue();
        assertThat(a.letter().issueDeadline()).isEqualTo(cal.addWorkingDays(due, -1));
        assertThat(a.issuedInTime()).isTrue();
        assertThat(a.letter().signerTitle()).isEqualTo("Phó Giám đốc");
    }

    @Test
    void theLeadTimeCountsWorkingDaysAcrossTet() {
        // Tết Bính Ngọ: Monday 16 to Friday 20 February 2026 off. Due on Monday 23 February, one
        // working day ahead is Friday 13 February, not Sunday 22.
        assertThat(ApologyRules.issueDeadline(cal, LocalDate.of(2026, 2, 23), 1)).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(ApologyRules.issueDeadline(cal, LocalDate.of(2026, 2, 23), 2)).isEqualTo(LocalDate.of(2026, 2, 12));
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        overdue("T-AP-1", 2);
        LocalDate ok = cal.addWorkingDays(today, 3);
        assertRefused(form("T-AP-1", "   ", ok), "apology.reason.required");
        assertRefused(form("T-AP-1", "Lý do", today.minusDays(1)), "apology.new-date.before-today");
        assertRefused(form("T-AP-1", "Lý do", null), "apology.new-date.required");
        assertRefused(form("T-AP-1", "x".repeat(ApologyRules.REASON_MAX_LENGTH + 1), ok), "apology.reason.too-long");
        LocalDate dueLater = cal.addWorkingDays(today, 1);
        save(dossier("T-AP-BEFORE", AGENCY, cal.workingDaysBefore(today, 9), dueLater, null,
                DossierState.PROCESSING, Channel.ONLINE, 0));
        assertRefused(new ApologyForm("T-AP-BEFORE", AGENCY, "Lý do", today, DeliveryChannel.SMS, true),
                "apology.new-date.not-after-original");
        LocalDate due = cal.workingDaysBefore(today, 12);
        save(dossier("T-AP-ONTIME", AGENCY, cal.addWorkingDays(due, -10), due, due, DossierState.RESOLVED,
                Channel.ONLINE, 0));
        assertRefused(new ApologyForm("T-AP-ONTIME", AGENCY, "Lý do", ok, DeliveryChannel.SMS, true),
                "apology.dossier-not-late");
        assertRefused(form("T-NO-SUCH", "Lý do", ok), "dossier.unknown");
        assertThat(apologiesOf("T-AP-1") + apologiesOf("T-AP-BEFORE") + apologiesOf("T-AP-ONTIME")).isZero();
    }

    private void assertRefused(ApologyForm form, String key) {
        assertThatThrownBy(() -> apologies.create(form)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void aReturnedDraftIsEditedAndEveryStepIsRecorded() {
        overdue("T-AP-1", 1);
        long id = apologies.create(form("T-AP-1", "Lý do ban đầu", cal.addWorkingDays(today, 3)));
        assertThatThrownBy(() -> apologies.returnDraft(id, apology(id).version(), " "))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("apology.comment.required");
        apologies.returnDraft(id, apology(id).version(), "Ghi rõ bước nào chậm");
        assertThat(apology(id).state()).isEqualTo(ApologyState.RETURNED);
        assertThat(apology(id).returnComment()).isEqualTo("Ghi rõ bước nào chậm");
        // A stale version is refused rather than overwriting someone else's change
        int stale = apology(id).version() - 1;
        assertThatThrownBy(() -> apologies.update(id, stale, form("T-AP-1", "Cũ", cal.addWorkingDays(today, 3))))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("apology.changed-meanwhile");
        apologies.update(id, apology(id).version(), form("T-AP-1", "Bước thẩm định chậm 2 ngày",
                cal.addWorkingDays(today, 4)));
        assertThat(apology(id).state()).isEqualTo(ApologyState.DRAFT);
        apologies.approve(id, apology(id).version(), null);
        assertThatThrownBy(() -> apologies.publish(id, apology(id).version(), "Bảng niêm yết"))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("apology.wrong-state");
        apologies.markSent(id, apology(id).version(), null);
        apologies.publish(id, apology(id).version(), "Bảng niêm yết tại bộ phận một cửa");
        Apology a = apology(id);
        assertThat(a.state()).isEqualTo(ApologyState.PUBLISHED);
        assertThat(a.publication().where()).isEqualTo("Bảng niêm yết tại bộ phận một cửa");
        assertThat(apologies.history(id)).extracting(ApologyStep::action).containsExactly(ApologyAction.CREATED,
                ApologyAction.RETURNED, ApologyAction.EDITED, ApologyAction.APPROVED, ApologyAction.SENT,
                ApologyAction.PUBLISHED);
        assertThat(apologies.history(id)).extracting(ApologyStep::userName).containsOnly("Nguyễn Văn Tỉnh");
    }

    @Test
    void theSentStepKeepsTheChannelAsDataAndNoWords() {
        overdue("T-AP-1", 1);
        long id = apologies.create(form("T-AP-1", "Lý do", cal.addWorkingDays(today, 3)));
        apologies.approve(id, apology(id).version(), null);
        // sent by another channel than the draft's (DESK): the step records the one it went by
        apologies.markSent(id, apology(id).version(), DeliveryChannel.ZALO);
        apologies.publish(id, apology(id).version(), "Bảng niêm yết");
        List<ApologyStep> steps = apologies.history(id);
        assertThat(steps).extracting(ApologyStep::action).containsExactly(ApologyAction.CREATED,
                ApologyAction.APPROVED, ApologyAction.SENT, ApologyAction.PUBLISHED);
        assertThat(steps).extracting(ApologyStep::channel).containsExactly(null, null, DeliveryChannel.ZALO, null);
        // the comment holds only what a user wrote, never a channel's name
        assertThat(steps).extracting(ApologyStep::comment).containsExactly(null, null, null, "Bảng niêm yết");
    }

    @Test
    void aCommuneLeaderNeitherSeesNorSignsAnotherUnitsApology() {
        overdue("T-AP-1", 2);
        long id = apologies.create(form("T-AP-1", "Lý do", cal.addWorkingDays(today, 3)));
        TestLogins.loginAs(users, "lanhdao.anxuyen");
        assertThat(apologies.apology(id)).isEmpty();
        assertThat(apologies.find(ApologyFilter.all(), 0, 100)).extracting(Apology::id).doesNotContain(id);
        assertThatThrownBy(() -> apologies.approve(id, 0, null))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("apology.unknown");
        assertThatThrownBy(() -> apologies.draftFor("T-AP-1"))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("dossier.unknown");
    }

    @Test
    void complianceCountsEachLateDossierOnceWithItsApology() {
        overdue("T-AP-NONE", 2);
        overdue("T-AP-SIGNED", 3);
        LocalDate due = cal.workingDaysBefore(today, 8);
        LocalDate resolved = cal.addWorkingDays(due, 2);
        save(dossier("T-AP-RESOLVED-LATE", AGENCY, cal.addWorkingDays(due, -10), due, resolved,
                DossierState.RESOLVED, Channel.ONLINE, DossierTiming.workingDaysLate(cal, due, resolved)));
        long signed = apologies.create(form("T-AP-SIGNED", "Lý do", cal.addWorkingDays(today, 2)));
        apologies.approve(signed, apology(signed).version(), null);
        apologies.create(form("T-AP-RESOLVED-LATE", "Lý do", cal.addWorkingDays(today, 2)));

        ApologyCompliance c = indicators.breakdown(1, Period.custom(today.minusDays(40), today), UnitStructure.CURRENT)
                .rows().stream().filter(r -> r.unit().id() == AGENCY).findFirst().orElseThrow()
                .indicators().apology();
        assertThat(c).isEqualTo(new ApologyCompliance(3, 0, 1, 2, 1, 0));
        assertThat(c.ratio().value()).isZero();
    }

    @Test
    void theLetterCarriesTheCodeTheReasonAndTheApplicantWithDiacriticsIntact() throws Exception {
        overdue("T-AP-1", 2);
        String reason = "Chờ ý kiến thẩm định của Sở Tài nguyên và Môi trường; đường truyền bị gián đoạn";
        long id = apologies.create(form("T-AP-1", reason, cal.addWorkingDays(today, 3)));
        String draft = text(letters.pdf(id, vn.camau.reform.base.pdf.PaperSize.A5));
        assertThat(draft).contains("DỰ THẢO", "T-AP-1");
        apologies.approve(id, apology(id).version(), null);

        String signed = text(letters.pdf(id, vn.camau.reform.base.pdf.PaperSize.A4));
        assertThat(signed).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "T-AP-1", reason, "Nguyễn Văn Thử",
                "SỞ THỬ NGHIỆM", "Nguyễn Văn Tỉnh", apology(id).letter().number(),
                vn.camau.reform.base.text.VnFormats.date(apology(id).newDueDate()));
        assertThat(signed).doesNotContain("DỰ THẢO");
        assertThat(letters.shortText(id)).contains("T-AP-1",
                vn.camau.reform.base.text.VnFormats.date(apology(id).newDueDate()));

        // The letter names the applicant in full: an auditor reads the register, not the letter
        TestLogins.loginAs(users, "admin");
        assertThatThrownBy(() -> letters.pdf(id, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String raw = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            return java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theNewDateMissedIsASecondMiss() {
        assertThat(ApologyRules.outcome(today, null, today)).isEqualTo(ApologyOutcome.PENDING);
        assertThat(ApologyRules.outcome(today.minusDays(1), null, today)).isEqualTo(ApologyOutcome.MISSED);
        assertThat(ApologyRules.outcome(today, today.atTime(16, 0), today)).isEqualTo(ApologyOutcome.MET);
        assertThat(ApologyRules.outcome(today, today.plusDays(1).atTime(8, 0), today.plusDays(2)))
                .isEqualTo(ApologyOutcome.MISSED);

        overdue("T-AP-1", 2);
        LocalDate newDate = cal.addWorkingDays(today, 1);
        long id = apologies.create(form("T-AP-1", "Lý do", newDate));
        apologies.approve(id, apology(id).version(), null);
        // Resolved two working days after the new date
        LocalDate due = cal.workingDaysBefore(today, 2);
        LocalDate resolved = cal.addWorkingDays(newDate, 2);
        save(dossier("T-AP-1", AGENCY, cal.addWorkingDays(due, -10), due, resolved, DossierState.RESOLVED,
                Channel.IN_PERSON, DossierTiming.workingDaysLate(cal, due, resolved)));
        assertThat(apology(id).secondMiss()).isTrue();
        // within the test agency: the demo data has a second miss of its own
        assertThat(apologies.find(new ApologyFilter(AGENCY, null, null, null, null, null, true), 0, 50))
                .extracting(Apology::id).containsExactly(id);
        assertThat(List.of(apology(id).outcome())).containsExactly(ApologyOutcome.MISSED);
    }
}
