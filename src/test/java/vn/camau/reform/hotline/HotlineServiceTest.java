package vn.camau.reform.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.dossier.TestDossiers.OFFICER_ID;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.HOTLINE_ATTACHMENT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REVEAL;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.base.repository.ClosedFigures;

/** The hotline log against the real database: deadlines, bad input, confidentiality, conflicts, workflow. */
@AppTest
@Transactional // each test rolls back its reports (it reads the generation, never the figures kept under it)
class HotlineServiceTest {

    /** Phường An Xuyên, where the demo's commune leader works. */
    static final long AN_XUYEN = 100;

    @Autowired
    HotlineService hotline;
    @Autowired
    HotlineSettings settings;
    @Autowired
    CalendarService calendarService;
    @Autowired
    DossierWriteService writer;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;
    @Autowired
    ClosedFigures closedFigures;

    WorkingCalendar cal;
    LocalDate today;

    @BeforeEach
    void setUp() {
        TestDossiers.ensureReferenceData(dsl);
        cal = calendarService.calendar();
        today = LocalDate.now(clock);
        login("thanhtra");
    }

    @AfterEach
    void tearDown() {
        TestLogins.logout();
    }

    private void login(String username) {
        TestLogins.loginAs(users, username);
    }

    private long userId(String username) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(APP_USER.ID);
    }

    private static HotlineIntake intake(LocalDateTime received, HotlineCategory category, long unitId, String phone,
                                        String description, List<AttachmentUpload> files) {
        return new HotlineIntake(HotlineChannel.PHONE, received, false, "Trần Thị Bích Ngọc", phone,
                "ngoc.tran@example.vn", category, unitId, null, null, description, files);
    }

    private long report(LocalDateTime received, HotlineCategory category) {
        return hotline.intake(intake(received, category, AGENCY, "0912 345 678",
                "Cán bộ hẹn nhiều lần mà không trả kết quả", List.of()));
    }

    private HotlineReport find(long id) {
        return hotline.find(id).orElseThrow();
    }

    private int reportCount() {
        return dsl.fetchCount(HOTLINE_REPORT);
    }

    @Test
    void aReportLoggedAfterTheDayItCameInMakesClosedPeriodsComputedAgain() {
        long generation = closedFigures.generation().figures();
        report(LocalDateTime.now(clock), HotlineCategory.ATTITUDE);
        assertThat(closedFigures.generation().figures()).as("a report of today changes no closed period")
                .isEqualTo(generation);
        report(LocalDateTime.now(clock).minusDays(3), HotlineCategory.ATTITUDE);
        assertThat(closedFigures.generation().figures()).as("one received three days ago does")
                .isGreaterThan(generation);
    }

    @Test
    void allReportsListThoseStillOwingAnAnswerFirstThenTheLatestAnswered() {
        report(LocalDateTime.now(clock), HotlineCategory.ATTITUDE);
        login("lanhdao.tinh");
        List<HotlineRow> rows = hotline.list(HotlineFilter.of(HotlineQueue.ALL), 0, 100_000);
        List<HotlineRow> awaiting = rows.stream().filter(r -> r.state().awaitsAnswer()).toList();
        List<HotlineRow> answered = rows.stream().filter(r -> !r.state().awaitsAnswer()).toList();
        assertThat(awaiting).as("reports still owing an answer").isNotEmpty();
        assertThat(answered).as("answered or closed reports (the demo's)").hasSizeGreaterThan(1);
        assertThat(rows.subList(0, awaiting.size())).as("owing an answer, before any answered one")
                .containsExactlyElementsOf(awaiting);
        assertThat(awaiting).extracting(HotlineRow::dueDate).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(answered).extracting(HotlineRow::dueDate).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void deadlinesCountWorkingDaysAcrossTet() {
        // Friday before the Tết 2026 break (16–20 February): forwarded the same day, answered after the break
        HotlineReport friday = find(report(LocalDateTime.of(2026, 2, 13, 16, 30), HotlineCategory.ATTITUDE));
        assertThat(friday.assignDueDate()).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(friday.dueDate()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(friday.code()).matches("PA-2026-\\d{5}");

        // Received on the Saturday of the break: counting starts on the first working day after it
        HotlineReport saturday = find(report(LocalDateTime.of(2026, 2, 14, 9, 0), HotlineCategory.LATE_DOSSIER));
        assertThat(saturday.assignDueDate()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(saturday.dueDate()).isEqualTo(LocalDate.of(2026, 3, 2));

        // A formal complaint has its own, longer deadline
        HotlineReport complaint = find(report(LocalDateTime.of(2026, 2, 13, 8, 0), HotlineCategory.COMPLAINT));
        assertThat(complaint.dueDate()).isEqualTo(cal.addWorkingDays(LocalDate.of(2026, 2, 13), 30));
        assertThat(complaint.timing()).isEqualTo(HotlineTiming.OVERDUE);
    }

    @Test
    void aChangedDeadlineAppliesToReportsReceivedAfterIt() {
        // Yesterday, so both reports are in the past whatever the hour in Việt Nam
        LocalDate day = today.minusDays(1);
        long before = report(day.atTime(9, 0), HotlineCategory.FACILITIES);
        login("admin");
        Map<HotlineCategory, Integer> deadlines = new java.util.EnumMap<>(settings.deadlines());
        deadlines.put(HotlineCategory.FACILITIES, 2);
        try {
            settings.save(deadlines, 30);
            login("thanhtra");
            long after = report(day.atTime(10, 0), HotlineCategory.FACILITIES);
            LocalDate start = HotlineRules.assignDueDate(cal, day);
            assertThat(find(after).dueDate()).isEqualTo(cal.addWorkingDays(start, 2));
            assertThat(find(before).dueDate()).isEqualTo(cal.addWorkingDays(start, 5));
        } finally {
            login("admin");
            deadlines.put(HotlineCategory.FACILITIES, 5);
            settings.save(deadlines, 30);
        }
        login("admin");
        deadlines.put(HotlineCategory.FACILITIES, 0);
        assertThatThrownBy(() -> settings.save(deadlines, 30)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("settings.hotline-deadline.range");
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() {
        LocalDateTime now = LocalDateTime.now(clock);
        int before = reportCount();
        assertRefused(intake(now, HotlineCategory.ATTITUDE, AGENCY, "0912345678", "   ", List.of()),
                "hotline.description.required");
        assertRefused(intake(now, HotlineCategory.ATTITUDE, AGENCY, "12345", "Nội dung", List.of()),
                "hotline.phone.invalid");
        assertRefused(intake(now, HotlineCategory.ATTITUDE, AGENCY, "0412345678", "Nội dung", List.of()),
                "hotline.phone.invalid");
        assertRefused(new HotlineIntake(HotlineChannel.SMS, now, false, "A", null, "not-an-address",
                HotlineCategory.ATTITUDE, AGENCY, null, null, "Nội dung", List.of()), "hotline.email.invalid");
        assertRefused(new HotlineIntake(HotlineChannel.SMS, now, false, "A", null, null, HotlineCategory.LATE_DOSSIER,
                AGENCY, null, "KHONG-CO-HO-SO-NAY", "Nội dung", List.of()), "dossier.unknown");
        // An .exe renamed .pdf, a file over 10 MB, a type not accepted: the valid file beside them is not kept either
        byte[] exe = "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(intake(now, HotlineCategory.ATTITUDE, AGENCY, "0912345678", "Nội dung",
                List.of(pdf("bien-nhan.pdf"), new AttachmentUpload("hoa-don.pdf", exe))), "hotline.attachment.disguised");
        byte[] big = Arrays.copyOf(pdf("x.pdf").content(), (int) AttachmentRules.MAX_FILE_BYTES + 1);
        assertRefused(intake(now, HotlineCategory.ATTITUDE, AGENCY, "0912345678", "Nội dung",
                List.of(new AttachmentUpload("lon.pdf", big))), "hotline.attachment.too-large");
        assertRefused(intake(now, HotlineCategory.ATTITUDE, AGENCY, "0912345678", "Nội dung",
                List.of(new AttachmentUpload("chay.exe", exe))), "hotline.attachment.type");
        assertRefused(intake(now.plusDays(1), HotlineCategory.ATTITUDE, AGENCY, "0912345678", "Nội dung", List.of()),
                "hotline.received.future");
        assertThat(reportCount()).isEqualTo(before);
        assertThat(dsl.fetchCount(HOTLINE_ATTACHMENT)).isZero();
    }

    private void assertRefused(HotlineIntake in, String key) {
        assertThatThrownBy(() -> hotline.intake(in)).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo(key));
    }

    private static AttachmentUpload pdf(String name) {
        return new AttachmentUpload(name, "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void attachmentsAreStoredWithTheirCheckedTypeAndComeBackIntact() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        long id = hotline.intake(intake(LocalDateTime.now(clock), HotlineCategory.FACILITIES, AGENCY, "0912345678",
                "Ghế chờ bị hỏng", List.of(pdf("C:\\Users\\dan\\bien-nhan.pdf"), new AttachmentUpload("anh.PNG", png))));
        List<HotlineAttachment> files = hotline.attachments(id);
        assertThat(files).extracting(HotlineAttachment::fileName).containsExactly("bien-nhan.pdf", "anh.PNG");
        assertThat(files).extracting(HotlineAttachment::mediaType).containsExactly("application/pdf", "image/png");
        assertThat(hotline.attachmentContent(id, files.get(1).id())).isEqualTo(png);
        assertThat(files.get(1).sha256()).hasSize(64);
    }

    @Test
    void theReporterIsMaskedAndRevealedOnlyToTheAssignedInspectorOrAnInspectionLeaderWithALog() {
        long id = hotline.intake(intake(LocalDateTime.now(clock), HotlineCategory.DENUNCIATION, AGENCY,
                "+84 912.345.678", "Cán bộ đòi tiền ngoài quy định", List.of()));
        HotlineReport masked = find(id);
        // what an officer needs to speak to the reporter, nothing to find them by
        assertThat(masked.reporter().name()).isEqualTo("*** N.");
        assertThat(masked.reporter().phone()).isEqualTo("*******678");
        assertThat(masked.reporter().email()).isEqualTo("***@example.vn");
        // Not assigned yet: the inspector who typed it in may not reveal it afterwards
        assertThat(masked.mayRevealReporter()).isFalse();
        assertThatThrownBy(() -> hotline.revealReporter(id, "Xác minh")).isInstanceOf(AccessDeniedException.class);

        hotline.assign(id, masked.version(), null, userId("thanhtra"), "Xác minh trong tuần");
        assertThat(find(id).mayRevealReporter()).isTrue();
        assertThatThrownBy(() -> hotline.revealReporter(id, " ")).isInstanceOf(BusinessRuleException.class);
        Reporter full = hotline.revealReporter(id, "Gọi lại để xác minh nội dung");
        assertThat(full.masked()).isFalse();
        assertThat(full.phone()).isEqualTo("0912345678");
        assertThat(full.name()).isEqualTo("Trần Thị Bích Ngọc");

        login("chanhthanhtra");
        assertThat(hotline.revealReporter(id, "Kiểm tra hồ sơ tố cáo").email()).isEqualTo("ngoc.tran@example.vn");
        login("lanhdao.tinh");
        assertThat(find(id).mayRevealReporter()).isFalse();
        assertThatThrownBy(() -> hotline.revealReporter(id, "Muốn biết")).isInstanceOf(AccessDeniedException.class);

        assertThat(dsl.fetchCount(HOTLINE_REVEAL, HOTLINE_REVEAL.REPORT_ID.eq(id))).isEqualTo(2);
        assertThat(hotline.history(id)).filteredOn(e -> e.action() == HotlineAction.REVEALED)
                .extracting(HotlineEvent::userName).containsExactly("Lê Văn Thanh", "Huỳnh Minh Tra");
    }

    @Test
    void theOfficerReportedOnNeverSeesTheReportAndOtherUnitsDoNotEither() {
        long leader = userId("lanhdao.anxuyen");
        dsl.insertInto(OFFICER).set(OFFICER.ID, OFFICER_ID).set(OFFICER.CODE, "TEST-CB-1")
                .set(OFFICER.FULL_NAME, "Trần Thị An Xuyên").set(OFFICER.SEARCH_NAME, "tran thi an xuyen")
                .set(OFFICER.UNIT_ID, AN_XUYEN).set(OFFICER.POSITION, "Chủ tịch").set(OFFICER.USER_ID, leader)
                .onDuplicateKeyIgnore().execute();
        long aboutLeader = hotline.intake(new HotlineIntake(HotlineChannel.ZALO, LocalDateTime.now(clock), false,
                "Lý Văn Tư", "0987654321", null, HotlineCategory.ATTITUDE, AN_XUYEN, OFFICER_ID, null,
                "Chủ tịch phường gây khó dễ khi ký xác nhận", List.of()));
        long aboutAgency = report(LocalDateTime.now(clock), HotlineCategory.ATTITUDE);

        login("lanhdao.anxuyen");
        assertThat(hotline.find(aboutLeader)).isEmpty();
        assertThat(hotline.find(aboutAgency)).isEmpty();
        assertThat(hotline.list(HotlineFilter.of(HotlineQueue.ALL), 0, 1000)).extracting(HotlineRow::id)
                .doesNotContain(aboutLeader, aboutAgency);
        assertThatThrownBy(() -> hotline.history(aboutLeader)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> hotline.intake(intake(LocalDateTime.now(clock), HotlineCategory.ATTITUDE, AGENCY,
                "0912345678", "Ngoài phạm vi", List.of()))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("unit.unknown");

        login("lanhdao.tinh");
        assertThat(find(aboutLeader).subject().officerName()).isEqualTo("Trần Thị An Xuyên");

        // Officers and HR do not work the hotline at all
        login("motcua.anxuyen");
        assertThatThrownBy(() -> hotline.find(aboutLeader)).isInstanceOf(AccessDeniedException.class);
        login("nhansu");
        assertThatThrownBy(() -> hotline.count(HotlineFilter.of(HotlineQueue.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSecondSaveOnAStaleVersionIsRefusedNamingWhoChangedIt() {
        long id = report(LocalDateTime.now(clock), HotlineCategory.ATTITUDE);
        int read = find(id).version();
        // Someone else forwards it first
        login("chanhthanhtra");
        hotline.assign(id, read, AGENCY, null, null);
        login("thanhtra");
        assertThatThrownBy(() -> hotline.assign(id, read, null, userId("thanhtra"), "Tôi nhận"))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> {
                    BusinessRuleException b = (BusinessRuleException) e;
                    assertThat(b.messageKey()).isEqualTo("hotline.changed-meanwhile");
                    assertThat(b.args()[1]).isEqualTo("Huỳnh Minh Tra");
                });
        HotlineReport now = find(id);
        assertThat(now.assignment().assigneeId()).isNull();
        assertThat(now.version()).isEqualTo(read + 1);
        assertThat(hotline.history(id)).extracting(HotlineEvent::action)
                .containsExactly(HotlineAction.RECEIVED, HotlineAction.ASSIGNED);
    }

    @Test
    void theWholeLifecycleInOrderWithItsHistory() {
        dsl.insertInto(OFFICER).set(OFFICER.ID, OFFICER_ID).set(OFFICER.CODE, "TEST-CB-1")
                .set(OFFICER.FULL_NAME, "Phạm Văn Một").set(OFFICER.SEARCH_NAME, "pham van mot")
                .set(OFFICER.UNIT_ID, AGENCY).set(OFFICER.POSITION, "Chuyên viên").onDuplicateKeyIgnore().execute();
        long id = hotline.intake(new HotlineIntake(HotlineChannel.FIELD_APP, LocalDateTime.now(clock).minusHours(2),
                true, "ignored", "ignored", null, HotlineCategory.ATTITUDE, AGENCY, OFFICER_ID, null,
                "Cán bộ quát tháo người dân", List.of()));
        assertThat(find(id).reporter()).isEqualTo(Reporter.ANONYMOUS);
        assertThat(dsl.select(HOTLINE_REPORT.REPORTER_NAME).from(HOTLINE_REPORT).where(HOTLINE_REPORT.ID.eq(id))
                .fetchSingle().value1()).isNull();

        assertRule(() -> hotline.answer(id, find(id).version(), "Đã xử lý", HotlineChannel.PHONE, null),
                "hotline.assign-first");
        hotline.assign(id, find(id).version(), null, userId("thanhtra"), null);
        assertThat(find(id).state()).isEqualTo(HotlineState.ASSIGNED);
        hotline.addNote(id, find(id).version(), "Đã làm việc với bộ phận một cửa");
        assertThat(find(id).state()).isEqualTo(HotlineState.VERIFYING);
        assertRule(() -> hotline.close(id, find(id).version()), "hotline.conclude-first");
        hotline.answer(id, find(id).version(), "Đơn vị đã nhắc nhở cán bộ", HotlineChannel.PHONE, null);
        assertThat(find(id).timing()).isEqualTo(HotlineTiming.ANSWERED_IN_TIME);
        // Only leaders conclude, after the citizen's satisfaction is known
        assertThatThrownBy(() -> hotline.conclude(id, find(id).version(), Conclusion.FOUNDED, OfficerAction.REMINDER,
                null)).isInstanceOf(AccessDeniedException.class);
        hotline.recordSatisfaction(id, find(id).version(), Satisfaction.NOT_SATISFIED);
        login("chanhthanhtra");
        assertRule(() -> hotline.conclude(id, find(id).version(), Conclusion.FOUNDED, OfficerAction.NONE, null),
                "hotline.officer-action.required");
        hotline.conclude(id, find(id).version(), Conclusion.FOUNDED, OfficerAction.REMINDER, "Nhắc nhở bằng văn bản");
        hotline.close(id, find(id).version());
        HotlineReport closed = find(id);
        assertThat(closed.state()).isEqualTo(HotlineState.CLOSED);
        assertThat(closed.conclusion().conclusion()).isEqualTo(Conclusion.FOUNDED);

        // The citizen was not satisfied: reopened with a new deadline, the answer cleared but kept in history
        assertRule(() -> hotline.reopen(id, closed.version(), ""), "hotline.reopen-reason.required");
        hotline.reopen(id, closed.version(), "Công dân chưa đồng ý với kết quả");
        HotlineReport reopened = find(id);
        assertThat(reopened.state()).isEqualTo(HotlineState.VERIFYING);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(reopened.answer().text()).isNull();
        assertThat(reopened.conclusion().conclusion()).isNull();
        assertThat(reopened.dueDate()).isEqualTo(HotlineRules.dueDate(cal, today, 5));
        assertThat(hotline.history(id)).extracting(HotlineEvent::action).containsExactly(HotlineAction.RECEIVED,
                HotlineAction.ASSIGNED, HotlineAction.NOTE, HotlineAction.ANSWERED, HotlineAction.SATISFACTION,
                HotlineAction.CONCLUDED, HotlineAction.CLOSED, HotlineAction.REOPENED);
        assertThat(hotline.history(id)).filteredOn(e -> e.action() == HotlineAction.ANSWERED).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("Đơn vị đã nhắc nhở cán bộ"));
    }

    private static void assertRule(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo(key));
    }

    @Test
    void queuesAndDuplicateHints() {
        LocalDateTime longAgo = cal.workingDaysBefore(today, 12).atTime(9, 0);
        long overdue = report(longAgo, HotlineCategory.ATTITUDE);
        long fresh = report(LocalDateTime.now(clock), HotlineCategory.ATTITUDE);
        long mine = report(LocalDateTime.now(clock), HotlineCategory.FACILITIES);
        hotline.assign(mine, find(mine).version(), null, userId("thanhtra"), null);
        long otherPhone = hotline.intake(intake(LocalDateTime.now(clock), HotlineCategory.FACILITIES, AGENCY,
                "0987000111", "Khác", List.of()));

        HotlineFilter agency = new HotlineFilter(HotlineQueue.OVERDUE, AGENCY, null, null, null, null, null);
        assertThat(hotline.list(agency, 0, 50)).extracting(HotlineRow::id).containsExactly(overdue);
        assertThat(hotline.list(agency, 0, 50).getFirst().workingDaysLeft()).isEqualTo(-7);
        assertThat(hotline.list(new HotlineFilter(HotlineQueue.UNASSIGNED, AGENCY, null, null, null, null, null), 0, 50))
                .extracting(HotlineRow::id).containsExactlyInAnyOrder(overdue, fresh, otherPhone);
        assertThat(hotline.list(new HotlineFilter(HotlineQueue.MINE, AGENCY, null, null, null, null, null), 0, 50))
                .extracting(HotlineRow::id).containsExactly(mine);
        assertThat(hotline.queueCounts().get(HotlineQueue.MINE)).isGreaterThanOrEqualTo(1);

        // Same phone within 30 days: fresh and mine hint at each other; 12 working days back is within it too
        assertThat(hotline.duplicates(fresh)).extracting(DuplicateHint::reportId).contains(mine, overdue)
                .doesNotContain(otherPhone);
        assertThat(hotline.duplicates(otherPhone)).isEmpty();
        long farBack = report(LocalDateTime.now(clock).minusDays(40), HotlineCategory.ATTITUDE);
        assertThat(hotline.duplicates(fresh)).extracting(DuplicateHint::reportId).doesNotContain(farBack);
    }

    /**
     * Issue 18: the "Quá hạn (13)" tab listed reports reading "Còn 5 ngày" (unforwarded after their
     * forwarding day, the answer not yet due) while the overview card counted 10. Overdue now means
     * the answer is past due, as the card counts; the tab's count is the rows it lists under the
     * same filter; and every overdue row reads late, never "Còn 0 ngày".
     */
    @Test
    void theOverdueTabListsAndCountsOnlyAnswersPastDue() {
        long late = report(cal.workingDaysBefore(today, 12).atTime(9, 0), HotlineCategory.ATTITUDE);
        long unforwarded = report(cal.workingDaysBefore(today, 1).atTime(9, 0), HotlineCategory.ATTITUDE);
        assertThat(find(unforwarded).assignDueDate()).isBefore(today);
        assertThat(find(unforwarded).dueDate()).isAfter(today);

        HotlineFilter overdue = new HotlineFilter(HotlineQueue.OVERDUE, AGENCY, null, null, null, null, null);
        List<HotlineRow> rows = hotline.list(overdue, 0, 50);
        assertThat(rows).extracting(HotlineRow::id).containsExactly(late);
        assertThat(rows).allSatisfy(r -> assertThat(r.workingDaysLeft()).isNegative());
        assertThat(hotline.list(new HotlineFilter(HotlineQueue.UNASSIGNED, AGENCY, null, null, null, null, null), 0, 50))
                .extracting(HotlineRow::id).contains(unforwarded);
        // the tab's badge under the unit filter is the number of rows the tab lists
        Map<HotlineQueue, Integer> counts = hotline.queueCounts(overdue);
        assertThat(counts.get(HotlineQueue.OVERDUE)).isEqualTo(hotline.count(overdue)).isEqualTo(1);
        assertThat(counts.get(HotlineQueue.UNASSIGNED)).isEqualTo(
                hotline.count(new HotlineFilter(HotlineQueue.UNASSIGNED, AGENCY, null, null, null, null, null)));
    }

    @Test
    void aReportAboutADossierChecksTheCodeAndScriptsAreStoredAsPlainText() {
        login("admin");
        writer.save(TestDossiers.dossier("T-HL-1", AGENCY, cal.workingDaysBefore(today, 10), cal.workingDaysBefore(today, 2),
                null, DossierState.PROCESSING, Channel.ONLINE, 0));
        login("thanhtra");
        String script = "<script>alert(1)</script><b>x</b>";
        long id = hotline.intake(new HotlineIntake(HotlineChannel.EMAIL, LocalDateTime.now(clock), false, null,
                "0912345678", null, HotlineCategory.LATE_DOSSIER, AGENCY, null, " T-HL-1 ", script, List.of()));
        assertThat(find(id).subject().dossierCode()).isEqualTo("T-HL-1");
        assertThat(find(id).description()).isEqualTo(script);
        long second = hotline.intake(new HotlineIntake(HotlineChannel.SMS, LocalDateTime.now(clock), true, null,
                null, null, HotlineCategory.LATE_DOSSIER, AGENCY, null, "T-HL-1", "Lại trễ hẹn", List.of()));
        assertThat(hotline.duplicates(second)).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(DuplicateHint.Reason.SAME_DOSSIER));
    }
}
