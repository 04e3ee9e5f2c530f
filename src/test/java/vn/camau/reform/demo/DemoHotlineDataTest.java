package vn.camau.reform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import vn.camau.reform.AppTest;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.demo.generator.DemoHotline;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineSettings;

/**
 * The demo's year of hotline reports, as the test context loaded them, checked in the database: the
 * deadlines recomputed here from the working calendar, the workflow's order in every history, the
 * figures a leader would look at first, and the same plan again from the same seed.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHotlineDataTest {

    private static final java.time.format.DateTimeFormatter SQL_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern MOBILE = Pattern.compile("0(3[2-9]|5[689]|7[06-9]|8[1-9]|9\\d)\\d{7}");

    @Autowired
    DSLContext dsl;
    @Autowired
    DemoDataService demo;
    @Autowired
    CalendarService calendarService;
    @Autowired
    HotlineSettings settings;

    LocalDateTime now;
    LocalDate today;
    long seed;
    int size;
    /** The demo's reports: ids first … last (other tests add their own after them). */
    long first;
    long last;
    String demo_;

    @BeforeAll
    void readTheMarker() {
        String marker = value("SELECT value FROM app_setting WHERE name = 'demo.data'", String.class);
        String at = find(marker, "hotline");
        now = LocalDateTime.parse(at != null ? at : find(marker, "now"));
        today = now.toLocalDate();
        seed = Long.parseLong(find(marker, "seed"));
        size = Integer.parseInt(find(marker, "size"));
        first = value("SELECT MIN(id) FROM hotline_report", Long.class);
        last = first + DemoHotline.reportsFor(size) - 1;
        demo_ = " FROM hotline_report r WHERE r.id BETWEEN " + first + " AND " + last;
    }

    private static String find(String marker, String key) {
        Matcher m = Pattern.compile("\\b" + key + "=(\\S+)").matcher(marker);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private <T> T value(String sql, Class<T> type) {
        return dsl.fetchOne(sql).get(0, type);
    }

    private int count(String where) {
        return value("SELECT COUNT(*)" + demo_ + (where.isEmpty() ? "" : " AND " + where), Integer.class);
    }

    @Test
    void aYearOfReportsNumberedPerYearInTheOrderReceived() {
        assertThat(count("")).isEqualTo(DemoHotline.reportsFor(size)).isEqualTo(240);
        assertThat(count("r.received_at > '" + now + "' OR r.received_at <= '" + now.minusYears(1) + "'")).isZero();
        // every month of the year has reports
        assertThat(value("SELECT COUNT(DISTINCT DATE_FORMAT(received_at, '%Y-%m'))" + demo_, Integer.class))
                .isGreaterThanOrEqualTo(12);
        assertThat(count("r.code <> CONCAT('PA-', r.report_year, '-', LPAD(r.report_seq, 5, '0'))"
                + " OR r.report_year <> YEAR(r.received_at)")).isZero();
        assertThat(value("SELECT COUNT(DISTINCT code)" + demo_, Integer.class)).isEqualTo(count(""));
        // 1, 2, 3 … within each year, in the order received
        List<Record> rows = dsl.fetch("SELECT report_year, report_seq" + demo_ + " ORDER BY received_at, id");
        Map<Integer, Integer> expected = new HashMap<>();
        for (Record r : rows) {
            int next = expected.merge(r.get(0, Integer.class), 1, Integer::sum);
            assertThat(r.get(1, Integer.class)).isEqualTo(next);
        }
        // mostly in office hours on working days
        WorkingCalendar calendar = calendarService.calendar();
        List<LocalDateTime> received = dsl.fetch("SELECT received_at" + demo_).getValues(0, LocalDateTime.class);
        long inHours = received.stream().filter(t -> calendar.isWorkingDay(t.toLocalDate())
                && t.getHour() >= 7 && t.getHour() < 17).count();
        assertThat(inHours).isGreaterThan(received.size() * 3L / 4);
    }

    @Test
    void channelsCategoriesAndReportersAsAHotlineSeesThem() {
        List<String> channels = dsl.fetch("SELECT channel" + demo_ + " GROUP BY channel ORDER BY COUNT(*) DESC, channel")
                .getValues(0, String.class);
        assertThat(channels).hasSize(7).startsWith("PHONE", "ZALO");
        List<String> categories = dsl.fetch("SELECT category" + demo_ + " GROUP BY category ORDER BY COUNT(*) DESC,"
                + " category").getValues(0, String.class);
        assertThat(categories).hasSize(7);
        assertThat(categories.subList(0, 2)).containsExactlyInAnyOrder("PROCEDURE_QUESTION", "LATE_DOSSIER");
        assertThat(count("r.category = 'ATTITUDE'")).isGreaterThan(count("") / 12);
        assertThat(count("r.category = 'DENUNCIATION'")).isPositive();

        int anonymous = count("r.anonymous");
        assertThat(anonymous).isBetween(count("") * 15 / 100, count("") * 35 / 100);
        assertThat(count("r.category = 'DENUNCIATION' AND r.anonymous"))
                .isGreaterThanOrEqualTo((count("r.category = 'DENUNCIATION'") + 1) / 2);
        assertThat(count("r.anonymous AND (r.reporter_name IS NOT NULL OR r.reporter_phone IS NOT NULL"
                + " OR r.reporter_email IS NOT NULL)")).isZero();
        assertThat(count("NOT r.anonymous AND r.reporter_name IS NULL")).isZero();
        assertThat(count("r.channel IN ('PHONE', 'SMS', 'ZALO') AND NOT r.anonymous AND r.reporter_phone IS NULL"))
                .isZero();
        dsl.fetch("SELECT reporter_phone" + demo_ + " AND reporter_phone IS NOT NULL").getValues(0, String.class)
                .forEach(p -> assertThat(p).matches(MOBILE));
        assertThat(count("r.reporter_email IS NOT NULL AND r.reporter_email NOT LIKE '%_@_%._%'")).isZero();
        // a few people called again within the duplicate window
        assertThat(value("SELECT COUNT(*)" + demo_ + " AND EXISTS (SELECT 1 FROM hotline_report o WHERE"
                + " o.reporter_phone = r.reporter_phone AND o.id <> r.id AND o.id BETWEEN " + first + " AND " + last
                + " AND ABS(DATEDIFF(o.received_at, r.received_at)) <= 30)", Integer.class)).isBetween(2, count("") / 6);
        assertThat(value("SELECT COUNT(DISTINCT description)" + demo_, Integer.class)).isGreaterThan(60);
    }

    @Test
    void unitsAreCurrentAndOfficersAndDossiersBelongToThem() {
        assertThat(count("NOT EXISTS (SELECT 1 FROM admin_unit u WHERE u.id = r.unit_id AND u.valid_to IS NULL"
                + " AND u.unit_level IN ('COMMUNE', 'AGENCY'))")).isZero();
        assertThat(value("SELECT COUNT(DISTINCT unit_id)" + demo_, Integer.class)).isGreaterThan(30);
        // the officer reported on, for attitude and late dossiers only, always of the unit concerned
        assertThat(count("(r.category IN ('ATTITUDE', 'LATE_DOSSIER')) <> (r.officer_id IS NOT NULL)")).isZero();
        assertThat(count("r.officer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM officer o WHERE o.id = r.officer_id"
                + " AND o.unit_id = r.unit_id AND o.code LIKE 'CB-%')")).isZero();
        // dossiers on late-dossier reports only, of the unit, received before the call, mostly already late
        assertThat(count("r.dossier_id IS NOT NULL AND r.category <> 'LATE_DOSSIER'")).isZero();
        assertThat(count("r.dossier_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dossier d WHERE d.id = r.dossier_id"
                + " AND d.handling_unit_id = r.unit_id AND d.received_at < r.received_at AND d.code LIKE 'H%')")).isZero();
        assertThat(count("r.dossier_id IS NOT NULL")).isGreaterThan(count("r.category = 'LATE_DOSSIER'") / 2);
        // late ones where there are (the test's small demo has few late dossiers in the year)
        assertThat(count("r.dossier_id IS NOT NULL AND EXISTS (SELECT 1 FROM dossier d WHERE d.id = r.dossier_id"
                + " AND d.due_date < DATE(r.received_at))")).isPositive();
    }

    /** assign_due_date and due_date recomputed from the calendar: the next working day on or after, plus N. */
    @Test
    void deadlinesFollowTheWorkingCalendarAndTheCategorysSetting() {
        WorkingCalendar calendar = calendarService.calendar();
        Map<HotlineCategory, Integer> days = settings.deadlines();
        List<Record> rows = dsl.fetch("SELECT r.id, r.category, r.received_at, r.assign_due_date, r.due_date,"
                + " r.reopen_count, (SELECT MAX(e.acted_at) FROM hotline_event e WHERE e.report_id = r.id"
                + " AND e.action = 'REOPENED')" + demo_);
        int checked = 0;
        for (Record r : rows) {
            LocalDate received = r.get(2, LocalDateTime.class).toLocalDate();
            LocalDate start = received;
            while (!calendar.isWorkingDay(start)) {
                start = start.plusDays(1);
            }
            assertThat(r.get(3, LocalDate.class)).as("assign due of %s", r.get(0)).isEqualTo(start);
            LocalDateTime reopened = r.get(6, LocalDateTime.class);
            assertThat(reopened != null).isEqualTo(r.get(5, Integer.class) == 1);
            LocalDate from = reopened == null ? received : reopened.toLocalDate();
            while (!calendar.isWorkingDay(from)) {
                from = from.plusDays(1);
            }
            int n = days.get(HotlineCategory.valueOf(r.get(1, String.class)));
            LocalDate due = from;
            for (int k = 0; k < n; due = due.plusDays(1)) {
                if (calendar.isWorkingDay(due.plusDays(1))) {
                    k++;
                }
            }
            assertThat(r.get(4, LocalDate.class)).as("due date of %s", r.get(0)).isEqualTo(due);
            checked++;
        }
        assertThat(checked).isEqualTo(240);
        // complaints and denunciations get the longer deadline
        assertThat(count("r.category IN ('COMPLAINT', 'DENUNCIATION') AND r.reopen_count = 0"
                + " AND DATEDIFF(r.due_date, r.received_at) < 30")).isZero();
    }

    @Test
    void mostAreClosedAndAnsweredOnTimeWithAFewOverdueUnassignedAndDueSoonToday() {
        assertThat(count("r.state = 'CLOSED'")).isGreaterThan(count("") * 3 / 4);
        assertThat(count("r.state = 'RECEIVED'")).isBetween(1, 10);
        assertThat(count("r.state IN ('ASSIGNED', 'VERIFYING')")).isBetween(3, count("") / 10);
        // what still awaits an answer came in lately
        assertThat(count("r.state IN ('RECEIVED', 'ASSIGNED', 'VERIFYING') AND r.received_at < '"
                + today.minusDays(60) + "'")).isZero();
        int answered = count("r.answered_at IS NOT NULL");
        int onTime = count("DATE(r.answered_at) <= r.due_date");
        assertThat((double) onTime / answered).isBetween(0.80, 0.97);
        String awaiting = "r.state IN ('RECEIVED', 'ASSIGNED', 'VERIFYING')";
        assertThat(count(awaiting + " AND r.due_date < '" + today + "'")).isBetween(2, 20);
        LocalDate nextWorkingDay = calendarService.calendar().addWorkingDays(today, 1);
        assertThat(count(awaiting + " AND r.due_date BETWEEN '" + today + "' AND '" + nextWorkingDay + "'"))
                .isPositive();
        // satisfaction: mostly satisfied among those who said, a few reopened after they were not
        int satisfied = count("r.satisfaction = 'SATISFIED'");
        int notSatisfied = count("r.satisfaction = 'NOT_SATISFIED'");
        assertThat((double) satisfied / (satisfied + notSatisfied)).isBetween(0.7, 0.95);
        assertThat(count("r.satisfaction = 'NO_RESPONSE'")).isPositive();
        assertThat(count("r.reopen_count = 1")).isPositive().isLessThan(count("") / 10);
        assertThat(count("r.reopen_count NOT IN (0, 1)")).isZero();
        // the row says what its state says
        assertThat(count("(r.state = 'RECEIVED') <> (r.assignee_id IS NULL)"
                + " OR (r.assignee_id IS NULL) <> (r.assigned_unit_id IS NULL)"
                + " OR (r.assignee_id IS NULL) <> (r.assigned_at IS NULL)"
                + " OR (r.state IN ('RECEIVED', 'ASSIGNED', 'VERIFYING')) <> (r.answered_at IS NULL)"
                + " OR (r.answered_at IS NULL) <> (r.answer_text IS NULL)"
                + " OR (r.answered_at IS NULL) <> (r.answer_channel IS NULL)"
                + " OR (r.answered_at IS NULL) <> (r.answered_by IS NULL)"
                + " OR (r.state IN ('CONCLUDED', 'CLOSED')) <> (r.conclusion IS NOT NULL)"
                + " OR (r.conclusion IS NULL) <> (r.concluded_at IS NULL)"
                + " OR (r.conclusion IS NULL) <> (r.officer_action IS NULL)"
                + " OR (r.state IN ('CONCLUDED', 'CLOSED') AND r.satisfaction IS NULL)"
                + " OR (r.state = 'CLOSED') <> (r.closed_at IS NOT NULL)")).isZero();
        assertThat(count("r.assignee_id NOT IN (SELECT id FROM app_user WHERE username IN ('thanhtra',"
                + " 'chanhthanhtra'))")).isZero();
    }

    /**
     * Issue 17: every report has its answer rounds, the current one as the row says, and a reopened
     * report keeps its first round: the deadline its reception set, its answer, the citizen's "not
     * satisfied" and the finding, ended by the reopening, as its history tells.
     */
    @Test
    void everyReportHasItsRoundsAndAReopenedOneKeepsItsFirstDeadlineAndAnswer() {
        assertThat(value("SELECT COUNT(*) FROM hotline_round o WHERE o.report_id BETWEEN " + first + " AND " + last,
                Integer.class)).isEqualTo(count("") + count("r.reopen_count = 1"));
        assertThat(count("NOT EXISTS (SELECT 1 FROM hotline_round o WHERE o.report_id = r.id"
                + " AND o.round_no = r.reopen_count + 1 AND o.due_date = r.due_date AND o.reopened_at IS NULL"
                + " AND o.answered_at <=> r.answered_at AND o.satisfaction <=> r.satisfaction"
                + " AND o.conclusion <=> r.conclusion AND o.concluded_at <=> r.concluded_at"
                + " AND (o.satisfaction IS NULL) = (o.satisfaction_at IS NULL))")).isZero();
        assertThat(count("r.reopen_count = 1")).isPositive();
        assertThat(count("r.reopen_count = 1 AND NOT EXISTS (SELECT 1 FROM hotline_round o"
                + " JOIN hotline_event rec ON rec.report_id = o.report_id AND rec.action = 'RECEIVED'"
                + " JOIN hotline_event ans ON ans.report_id = o.report_id AND ans.action = 'ANSWERED'"
                + " JOIN hotline_event reo ON reo.report_id = o.report_id AND reo.action = 'REOPENED'"
                + " WHERE o.report_id = r.id AND o.round_no = 1 AND o.opened_at = r.received_at"
                // the deadline the reception stated, kept as data in the history
                + " AND EXISTS (SELECT 1 FROM hotline_event_change rc WHERE rc.event_id = rec.id"
                + " AND rc.field = 'DUE_DATE' AND rc.to_value = DATE_FORMAT(o.due_date, '%Y-%m-%d'))"
                + " AND ans.acted_at = o.answered_at AND o.answered_at < reo.acted_at AND o.reopened_at = reo.acted_at"
                + " AND o.satisfaction = 'NOT_SATISFIED' AND o.satisfaction_at < reo.acted_at"
                + " AND o.conclusion = 'UNFOUNDED' AND o.concluded_at < reo.acted_at)")).isZero();
        // the second round began at the reopening, with the deadline the reopening set
        assertThat(count("r.reopen_count = 1 AND NOT EXISTS (SELECT 1 FROM hotline_round o"
                + " JOIN hotline_event reo ON reo.report_id = o.report_id AND reo.action = 'REOPENED'"
                + " WHERE o.report_id = r.id AND o.round_no = 2 AND o.opened_at = reo.acted_at"
                + " AND EXISTS (SELECT 1 FROM hotline_event_change rc WHERE rc.event_id = reo.id"
                + " AND rc.field = 'DUE_DATE' AND rc.to_value = DATE_FORMAT(o.due_date, '%Y-%m-%d')))"))
                .isZero();
    }

    @Test
    void findingsAreMostlyUnfoundedAndTheFoundedOnesFallOnAFewNamedOfficers() {
        int concluded = count("r.conclusion IS NOT NULL");
        assertThat(count("r.conclusion = 'UNFOUNDED'")).isGreaterThan(concluded * 7 / 10);
        assertThat(count("r.conclusion IN ('FOUNDED', 'PARTLY_FOUNDED')")).isPositive();
        // an action on the officer exactly when a finding against a named officer is founded
        assertThat(count("(r.officer_action <> 'NONE') <> (r.conclusion IN ('FOUNDED', 'PARTLY_FOUNDED')"
                + " AND r.officer_id IS NOT NULL)")).isZero();
        int reminders = count("r.officer_action = 'REMINDER'");
        assertThat(reminders).isGreaterThan(count("r.officer_action IN ('REVIEW', 'DISCIPLINE')"));
        assertThat(count("r.officer_action = 'DISCIPLINE'")).isEqualTo(1);
        // the disciplined officer was found at fault before, and the officers with findings are few
        assertThat(value("SELECT COUNT(*)" + demo_ + " AND r.conclusion IN ('FOUNDED', 'PARTLY_FOUNDED')"
                + " AND r.officer_id = (SELECT officer_id" + demo_ + " AND r.officer_action = 'DISCIPLINE')",
                Integer.class)).isGreaterThanOrEqualTo(2);
        List<Integer> perOfficer = dsl.fetch("SELECT COUNT(*)" + demo_ + " AND r.officer_action <> 'NONE'"
                + " GROUP BY r.officer_id ORDER BY COUNT(*) DESC").getValues(0, Integer.class);
        int top = perOfficer.stream().limit(6).mapToInt(Integer::intValue).sum();
        assertThat(top).isGreaterThanOrEqualTo(perOfficer.stream().mapToInt(Integer::intValue).sum() * 4 / 10);
        assertThat(count("r.conclusion IS NOT NULL AND r.concluded_by NOT IN (SELECT id FROM app_user"
                + " WHERE username = 'chanhthanhtra')")).isZero();
    }

    @Test
    void everyHistoryFollowsTheWorkflowInTimeOrderUpToNow() {
        List<Record> events = dsl.fetch("SELECT e.report_id, e.action, e.acted_at, e.user_id, e.details"
                + " FROM hotline_event e WHERE e.report_id BETWEEN " + first + " AND " + last
                + " ORDER BY e.report_id, e.id");
        Map<Long, List<Record>> byReport = new HashMap<>();
        events.forEach(e -> byReport.computeIfAbsent(e.get(0, Long.class), k -> new ArrayList<>()).add(e));
        List<Record> reports = dsl.fetch("SELECT r.id, r.state, r.version, r.updated_at, r.updated_by, r.created_at,"
                + " r.reopen_count, r.received_at" + demo_);
        assertThat(byReport).hasSize(reports.size());
        for (Record r : reports) {
            List<Record> history = byReport.get(r.get(0, Long.class));
            assertThat(history.getFirst().get(1, String.class)).isEqualTo("RECEIVED");
            assertThat(history.getFirst().get(2, LocalDateTime.class)).isEqualTo(r.get(5, LocalDateTime.class))
                    .isAfterOrEqualTo(r.get(7, LocalDateTime.class));
            String state = null;
            LocalDateTime previous = null;
            for (Record e : history) {
                LocalDateTime at = e.get(2, LocalDateTime.class);
                assertThat(at).isBeforeOrEqualTo(now);
                if (previous != null) {
                    assertThat(at).as("report %s", r.get(0)).isAfter(previous);
                }
                previous = at;
                state = next(state, e.get(1, String.class), r.get(0, Long.class));
            }
            assertThat(state).as("report %s", r.get(0)).isEqualTo(r.get(1, String.class));
            assertThat(r.get(2, Integer.class)).isEqualTo(history.size() - 1);
            assertThat(r.get(3, LocalDateTime.class)).isEqualTo(previous);
            assertThat(r.get(4, Long.class)).isEqualTo(history.getLast().get(3, Long.class));
            assertThat(history.stream().filter(e -> e.get(1, String.class).equals("REOPENED")).count())
                    .isEqualTo(r.get(6, Integer.class).longValue());
        }
        // the answer events say whether the answer was in time, as the service writes them: the deadline and
        // the answer's time are kept as facts, the timeline words the verdict from them
        assertThat(value("SELECT COUNT(*) FROM hotline_event e WHERE e.report_id BETWEEN " + first + " AND " + last
                + " AND e.action = 'ANSWERED' AND (SELECT COUNT(*) FROM hotline_event_change c"
                + " WHERE c.event_id = e.id AND c.field IN ('DUE_DATE', 'ANSWERED_AT') AND c.to_value IS NOT NULL) <> 2",
                Integer.class)).isZero();
    }

    /** The state after an action, as HotlineService allows it. */
    private static String next(String state, String action, long id) {
        String after = switch (action) {
            case "RECEIVED" -> state == null ? "RECEIVED" : null;
            case "ASSIGNED" -> "RECEIVED".equals(state) ? "ASSIGNED" : null;
            case "NOTE" -> "ASSIGNED".equals(state) ? "VERIFYING" : "VERIFYING".equals(state) ? state : null;
            case "ANSWERED" -> "ASSIGNED".equals(state) || "VERIFYING".equals(state) ? "ANSWERED" : null;
            case "SATISFACTION" -> "ANSWERED".equals(state) ? state : null;
            case "CONCLUDED" -> "ANSWERED".equals(state) ? "CONCLUDED" : null;
            case "CLOSED" -> "CONCLUDED".equals(state) ? "CLOSED" : null;
            case "REOPENED" -> "CLOSED".equals(state) ? "VERIFYING" : null;
            default -> null;
        };
        assertThat(after).as("%s after %s in report %s", action, state, id).isNotNull();
        return after;
    }

    @Test
    void theSameSeedPlansTheSameReports() {
        long firstEvent = value("SELECT MIN(id) FROM hotline_event", Long.class);
        DemoHotline.Plan plan = demo.planHotline(now, seed, size, first, firstEvent);
        assertThat(demo.planHotline(now, seed, size, first, firstEvent)).isEqualTo(plan);
        List<String> stored = dsl.fetch("SELECT CONCAT_WS('|', id, code, channel, received_at, category, unit_id,"
                + " IFNULL(officer_id, '-'), IFNULL(dossier_id, '-'), state, due_date, IFNULL(conclusion, '-'))"
                + demo_ + " ORDER BY id").getValues(0, String.class);
        assertThat(stored).containsExactlyElementsOf(plan.reports().stream()
                .map(p -> String.join("|", String.valueOf(p.id()), p.code(), p.channel().name(),
                        p.receivedAt().format(SQL_TIME), p.category().name(), String.valueOf(p.unitId()),
                        p.officerId() == null ? "-" : p.officerId().toString(),
                        p.dossierId() == null ? "-" : p.dossierId().toString(), p.state().name(),
                        p.dueDate().toString(), p.conclusion() == null ? "-" : p.conclusion().name()))
                .toList());
        assertThat(value("SELECT COUNT(*) FROM hotline_event WHERE report_id BETWEEN " + first + " AND " + last,
                Integer.class)).isEqualTo(plan.events().size());
    }
}
