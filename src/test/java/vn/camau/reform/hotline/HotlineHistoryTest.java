package vn.camau.reform.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.dossier.TestDossiers.OFFICER_ID;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.HOTLINE_EVENT;
import static vn.camau.reform.jooq.Tables.OFFICER;
import static vn.camau.reform.jooq.Tables.USER_NOTIFICATION;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.text.Texts;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.hotline.ui.HotlineEventText;
import vn.camau.reform.notification.Notification;
import vn.camau.reform.notification.NotificationService;

/**
 * A report's history is kept as data and worded when shown, in Vietnamese or English; the history
 * written as Vietnamese sentences before (V28 reads them) shows as it did.
 */
@AppTest
class HotlineHistoryTest {

    /** Phường An Xuyên, a commune in the inspector's scope. */
    static final long AN_XUYEN = 100;

    @Autowired
    HotlineService hotline;
    @Autowired
    CalendarService calendarService;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    NotificationService notifications;

    final HotlineEventText vi = new HotlineEventText((key, params) -> Texts.of(key, VnFormats.VIETNAMESE, params));
    final HotlineEventText en = new HotlineEventText((key, params) -> Texts.of(key, Locale.ENGLISH, params));

    @BeforeEach
    void setUp() {
        testDossiers.reset();
        TestLogins.loginAs(users, "thanhtra");
        dsl.insertInto(OFFICER).set(OFFICER.ID, OFFICER_ID).set(OFFICER.CODE, "TEST-CB-1")
                .set(OFFICER.FULL_NAME, "Phạm Văn Một").set(OFFICER.SEARCH_NAME, "pham van mot")
                .set(OFFICER.UNIT_ID, AN_XUYEN).set(OFFICER.POSITION, "Chuyên viên").onDuplicateKeyIgnore().execute();
    }

    @AfterEach
    void tearDown() {
        testDossiers.removeAll();
        TestLogins.logout();
    }

    private static String vi(String key) {
        return Texts.of(key, VnFormats.VIETNAMESE);
    }

    private String unitName(long id) {
        return dsl.select(ADMIN_UNIT.NAME).from(ADMIN_UNIT).where(ADMIN_UNIT.ID.eq(id)).fetchSingle().value1();
    }

    private long report() {
        // Friday 13/02/2026: an attitude report is due 27/02/2026, after the Tết break
        return hotline.intake(new HotlineIntake(HotlineChannel.PHONE, LocalDateTime.of(2026, 2, 13, 16, 30), false,
                "Trần Thị Bích Ngọc", "0912 345 678", null, HotlineCategory.ATTITUDE, AGENCY, null, null,
                "Cán bộ hẹn nhiều lần mà không trả kết quả", List.of()));
    }

    private List<HotlineEvent> edits(long id) {
        return hotline.history(id).stream().filter(e -> e.action() == HotlineAction.EDITED).toList();
    }

    @Test
    void aCorrectionIsKeptAsFactsAndShownInWordsInVietnameseAndEnglish() {
        long id = report();
        LocalDate complaintDue = calendarService.calendar().addWorkingDays(LocalDate.of(2026, 2, 13), 30);
        hotline.reclassify(id, hotline.find(id).orElseThrow().version(),
                new HotlineClassification(HotlineCategory.COMPLAINT, AGENCY, null, null));
        hotline.reclassify(id, hotline.find(id).orElseThrow().version(),
                new HotlineClassification(HotlineCategory.COMPLAINT, AN_XUYEN, OFFICER_ID, null));
        String agency = unitName(AGENCY);
        String anXuyen = unitName(AN_XUYEN);

        List<HotlineEvent> edits = edits(id);
        assertThat(edits).hasSize(2);
        // raw values, no sentence: enum names, ISO dates, names as they were
        assertThat(edits.get(0).details()).isNull();
        assertThat(edits.get(0).changes()).containsExactly(
                HotlineChange.of(HotlineField.CATEGORY, "ATTITUDE", "COMPLAINT"),
                HotlineChange.of(HotlineField.DUE_DATE, "2026-02-27", complaintDue.toString()));
        assertThat(edits.get(1).details()).isNull();
        assertThat(edits.get(1).changes()).containsExactly(
                HotlineChange.of(HotlineField.UNIT, agency, anXuyen),
                HotlineChange.of(HotlineField.OFFICER, null, "Phạm Văn Một"));

        String due = VnFormats.date(complaintDue);
        assertThat(vi.details(edits.get(0))).isEqualTo("Loại: Thái độ, nhũng nhiễu, gây phiền hà → Khiếu nại\n"
                + "Hạn trả lời: 27/02/2026 → " + due);
        assertThat(en.details(edits.get(0))).isEqualTo("Category: Attitude, harassment → Complaint\n"
                + "Answer deadline: 27/02/2026 → " + due);
        assertThat(vi.details(edits.get(1))).isEqualTo("Đơn vị: " + agency + " → " + anXuyen
                + "\nCán bộ: — → Phạm Văn Một");
        assertThat(en.details(edits.get(1))).isEqualTo("Unit: " + agency + " → " + anXuyen
                + "\nOfficer: — → Phạm Văn Một");
        // the reception's deadlines are data too
        HotlineEvent received = hotline.history(id).getFirst();
        assertThat(vi.details(received)).isEqualTo("Hạn chuyển xử lý: 13/02/2026; hạn trả lời: 27/02/2026");
        assertThat(en.details(received)).isEqualTo("Forwarding deadline: 13/02/2026; answer deadline: 27/02/2026");
    }

    @Test
    void theOldSentencesBecomeDataThatShowsAsBefore() throws Exception {
        long id = report();
        long user = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("thanhtra")).fetchSingle().value1();
        dsl.deleteFrom(HOTLINE_EVENT).where(HOTLINE_EVENT.REPORT_ID.eq(id)).execute();
        // entries as the service wrote them before V28, in order
        List<String[]> old = List.of(
                new String[] {"RECEIVED", "Hạn chuyển xử lý: 13/02/2026; hạn trả lời: 27/02/2026"},
                new String[] {"EDITED", "Loại: ATTITUDE → COMPLAINT\nHạn trả lời: 27/02/2026 → 27/03/2026\n"
                        + "Đơn vị: Sở Cũ → Phường An Xuyên\nCán bộ: — → Phạm Văn Một\nHồ sơ: T-HL-9 → —"},
                new String[] {"ASSIGNED", "Đơn vị xử lý: Phường An Xuyên; thanh tra: Nguyễn Thanh Tra\nXem gấp"},
                new String[] {"NOTE", "Đã làm việc với bộ phận một cửa"},
                new String[] {"ANSWERED", "Trả lời trễ hạn (hạn 27/03/2026), 30/03/2026 09:30:\nĐã trả lời\ncông dân"},
                new String[] {"SATISFACTION", "NOT_SATISFIED"},
                new String[] {"CONCLUDED", "FOUNDED / REMINDER\nNhắc nhở bằng văn bản"},
                new String[] {"CLOSED", null},
                new String[] {"REOPENED", "Công dân chưa đồng ý\nHạn trả lời mới: 10/04/2026\n"
                        + "Kết luận trước: FOUNDED / REMINDER"},
                new String[] {"EDITED", "Loại: ATTITUDE → COMPLAINT\nmột dòng không theo mẫu"});
        LocalDateTime at = LocalDateTime.of(2026, 2, 13, 17, 0);
        for (String[] e : old) {
            at = at.plusHours(1);
            dsl.insertInto(HOTLINE_EVENT).set(HOTLINE_EVENT.REPORT_ID, id).set(HOTLINE_EVENT.ACTION, HotlineAction.valueOf(e[0]))
                    .set(HOTLINE_EVENT.USER_ID, user).set(HOTLINE_EVENT.ACTED_AT, at).set(HOTLINE_EVENT.DETAILS, e[1])
                    .execute();
        }

        // V28 leaves entries that have facts alone, so it can run again here on these rows
        try (Connection c = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(c, new EncodedResource(
                    new ClassPathResource("db/migration/V28__hotline_history_sentences_to_data.sql"),
                    StandardCharsets.UTF_8));
        }

        List<HotlineEvent> events = hotline.history(id);
        assertThat(events).extracting(e -> e.action().name()).containsExactly(
                old.stream().map(e -> e[0]).toArray(String[]::new));
        String founded = vi(Conclusion.FOUNDED.labelKey());
        String reminder = vi(OfficerAction.REMINDER.labelKey());
        // what the screen showed before: the sentences, with the enum names in words
        assertThat(events.stream().map(vi::details).toList()).containsExactly(
                "Hạn chuyển xử lý: 13/02/2026; hạn trả lời: 27/02/2026",
                "Loại: Thái độ, nhũng nhiễu, gây phiền hà → Khiếu nại\nHạn trả lời: 27/02/2026 → 27/03/2026\n"
                        + "Đơn vị: Sở Cũ → Phường An Xuyên\nCán bộ: — → Phạm Văn Một\nHồ sơ: T-HL-9 → —",
                "Đơn vị xử lý: Phường An Xuyên; thanh tra: Nguyễn Thanh Tra\nXem gấp",
                "Đã làm việc với bộ phận một cửa",
                "Trả lời trễ hạn (hạn 27/03/2026), 30/03/2026 09:30:\nĐã trả lời\ncông dân",
                vi(Satisfaction.NOT_SATISFIED.labelKey()),
                founded + " / " + reminder + "\nNhắc nhở bằng văn bản",
                "",
                "Công dân chưa đồng ý\nHạn trả lời mới: 10/04/2026\nKết luận trước: " + founded + " / " + reminder,
                // not understood as a whole: kept and shown as written
                "Loại: ATTITUDE → COMPLAINT\nmột dòng không theo mẫu");
        // the typed text is all that is left as text; the rest is data
        assertThat(events.get(1).details()).isNull();
        assertThat(events.get(1).changes()).extracting(HotlineChange::field).containsExactly(HotlineField.CATEGORY,
                HotlineField.DUE_DATE, HotlineField.UNIT, HotlineField.OFFICER, HotlineField.DOSSIER);
        assertThat(events.get(4).details()).isEqualTo("Đã trả lời\ncông dân");
        assertThat(events.get(8).details()).isEqualTo("Công dân chưa đồng ý");
        assertThat(events.get(9).changes()).isEmpty();
        // and now reads in English too
        assertThat(en.details(events.get(4))).isEqualTo("Answered late (deadline 27/03/2026), 30/03/2026 09:30:\n"
                + "Đã trả lời\ncông dân");
        assertThat(en.details(events.get(8))).isEqualTo("Công dân chưa đồng ý\nNew answer deadline: 10/04/2026\n"
                + "Previous conclusion: " + Texts.of(Conclusion.FOUNDED.labelKey(), Locale.ENGLISH) + " / "
                + Texts.of(OfficerAction.REMINDER.labelKey(), Locale.ENGLISH));
    }

    @Test
    void theAssignmentNoticeIsKeptAsDataAndReadInTheReadersLanguage() {
        long id = report();
        String code = hotline.find(id).orElseThrow().code();
        long inspector = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("thanhtra"))
                .fetchSingle().value1();
        TestLogins.loginAs(users, "chanhthanhtra");
        hotline.assign(id, hotline.find(id).orElseThrow().version(), null, inspector, "Xem gấp");
        try {
            TestLogins.loginAs(users, "thanhtra");
            Notification n = notifications.mine(0, 50).stream().filter(x -> ("hotline/" + id).equals(x.link()))
                    .findFirst().orElseThrow();
            // nothing composed is stored: the words come from the keys when read
            assertThat(n.title()).isNull();
            assertThat(n.body()).isNull();
            assertThat(n.title(VnFormats.VIETNAMESE)).isEqualTo("Phản ánh " + code + " được giao cho bạn");
            assertThat(n.body(VnFormats.VIETNAMESE)).isEqualTo("Huỳnh Minh Tra giao phản ánh " + code
                    + ", hạn trả lời 27/02/2026\nXem gấp");
            assertThat(n.title(Locale.ENGLISH)).isEqualTo("Hotline report " + code + " assigned to you");
            assertThat(n.body(Locale.ENGLISH)).isEqualTo("Huỳnh Minh Tra assigned hotline report " + code
                    + " to you, answer due 27/02/2026\nXem gấp");
        } finally {
            dsl.deleteFrom(USER_NOTIFICATION).where(USER_NOTIFICATION.LINK.eq("hotline/" + id)).execute();
        }
    }
}
