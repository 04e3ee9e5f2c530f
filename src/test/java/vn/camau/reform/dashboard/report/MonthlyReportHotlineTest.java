package vn.camau.reform.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineFigures;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineIntake;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.security.UnitReading;
import vn.camau.reform.security.UnitScope;

/**
 * The report's hotline section: reports received and those overdue at the month's end, by category,
 * adding up to the overview's totals, in the PDF as a table that reads.
 */
@AppTest
@Transactional
class MonthlyReportHotlineTest {

    /** Phường An Xuyên, where the demo's commune leader works. */
    static final long AN_XUYEN = 100;

    @Autowired
    MonthlyReportReader reader;
    @Autowired
    MonthlyReportService reports;
    @Autowired
    ReportUnits reportUnits;
    @Autowired
    HotlineService hotline;
    @Autowired
    CalendarService calendar;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ClosedFigures closedFigures;

    Period month;
    LocalDateTime received;

    @BeforeEach
    void setUp() {
        TestDossiers.ensureReferenceData(dsl);
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        month = Period.month(last);
        // early in the month: the 5-working-day categories are due (and overdue) by its end, a complaint's 30 not
        received = calendar.calendar().addWorkingDays(last.atDay(1), 1).atTime(9, 0);
    }

    @AfterEach
    void tearDown() {
        TestLogins.logout();
    }

    MonthlyReportFigures figures() {
        TestLogins.loginAs(users, "lanhdao.tinh");
        ReportUnit unit = reportUnits.all().get(AN_XUYEN);
        return UnitReading.as("test", new UnitScope(unit.id(), unit.reportPath()), () -> reader.read(unit, null, month));
    }

    private static Map<HotlineCategory, MonthlyReportFigures.CategoryCount> byCategory(MonthlyReportFigures f) {
        return f.hotline().byCategory().stream()
                .collect(Collectors.toMap(MonthlyReportFigures.CategoryCount::category, c -> c));
    }

    private void report(HotlineCategory category) {
        hotline.intake(new HotlineIntake(HotlineChannel.ZALO, received, false, "Lý Văn Tư", "0987654321", null,
                category, AN_XUYEN, null, null, "Phản ánh thử nghiệm cho báo cáo tháng", List.of()));
    }

    @Test
    void overdueReportsAreSplitByCategoryAndAddUpToTheTotal() throws IOException {
        MonthlyReportFigures before = figures();
        TestLogins.loginAs(users, "thanhtra");
        report(HotlineCategory.ATTITUDE);
        report(HotlineCategory.ATTITUDE);
        report(HotlineCategory.FACILITIES);
        report(HotlineCategory.COMPLAINT);
        TestLogins.logout();

        MonthlyReportFigures after = figures();
        var was = byCategory(before);
        var now = byCategory(after);
        assertThat(now.get(HotlineCategory.ATTITUDE).reports() - was.get(HotlineCategory.ATTITUDE).reports()).isEqualTo(2);
        assertThat(now.get(HotlineCategory.ATTITUDE).overdue() - was.get(HotlineCategory.ATTITUDE).overdue()).isEqualTo(2);
        assertThat(now.get(HotlineCategory.FACILITIES).overdue() - was.get(HotlineCategory.FACILITIES).overdue())
                .isEqualTo(1);
        assertThat(now.get(HotlineCategory.COMPLAINT).reports() - was.get(HotlineCategory.COMPLAINT).reports())
                .isEqualTo(1);
        assertThat(now.get(HotlineCategory.COMPLAINT).overdue()).as("not due before the month's end")
                .isEqualTo(was.get(HotlineCategory.COMPLAINT).overdue());
        // the rows add up to the overview's totals, which the section's sentence gives
        assertThat(after.hotline().byCategory().stream().mapToLong(MonthlyReportFigures.CategoryCount::overdue).sum())
                .isEqualTo(after.hotline().overdue()).isEqualTo(before.hotline().overdue() + 3);
        assertThat(after.hotline().byCategory().stream().mapToLong(MonthlyReportFigures.CategoryCount::reports).sum())
                .isEqualTo(after.hotline().received());

        TestLogins.loginAs(users, "lanhdao.tinh");
        long id = reports.generate(AN_XUYEN, month);
        byte[] pdf = reports.pdf(id);
        java.nio.file.Files.write(java.nio.file.Path.of("target/monthly-report-hotline.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            var attitude = now.get(HotlineCategory.ATTITUDE);
            assertThat(text).contains("Loại phản ánh Tiếp nhận Quá hạn chưa trả lời",
                    "Thái độ, nhũng nhiễu, gây phiền hà " + VnFormats.count(attitude.reports()) + " "
                            + VnFormats.count(attitude.overdue()),
                    "Tổng cộng " + VnFormats.count(after.hotline().received()) + " "
                            + VnFormats.count(after.hotline().overdue()));
        }
        assertThat(MonthlyReportServiceTest.docxText(reports.docx(id))).contains("Quá hạn chưa trả lời",
                "Tổng cộng");
    }

    private HotlineFigures overviewAs(String username) {
        TestLogins.loginAs(users, username);
        return indicators.breakdown(AN_XUYEN, month, UnitStructure.CURRENT).total().hotline();
    }

    @Test
    void aReportAboutItsReaderIsLeftOutUntilFoundedAndTheReportSaysSo() throws IOException {
        long leader = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("lanhdao.anxuyen"))
                .fetchSingle(APP_USER.ID);
        dsl.insertInto(OFFICER).set(OFFICER.ID, TestDossiers.OFFICER_ID).set(OFFICER.CODE, "TEST-CB-1")
                .set(OFFICER.FULL_NAME, "Trần Thị An Xuyên").set(OFFICER.SEARCH_NAME, "tran thi an xuyen")
                .set(OFFICER.UNIT_ID, AN_XUYEN).set(OFFICER.POSITION, "Chủ tịch").set(OFFICER.USER_ID, leader)
                .onDuplicateKeyIgnore().execute();
        MonthlyReportFigures before = figures();
        HotlineFigures provinceBefore = overviewAs("lanhdao.tinh");

        TestLogins.loginAs(users, "thanhtra");
        long aboutLeader = hotline.intake(new HotlineIntake(HotlineChannel.ZALO, received, false, "Lý Văn Tư",
                "0987654321", null, HotlineCategory.ATTITUDE, AN_XUYEN, TestDossiers.OFFICER_ID, null,
                "Chủ tịch phường gây khó dễ khi ký xác nhận", List.of()));

        // the province's overview counts it; the commune's report, which its chairperson reads, does not
        assertThat(overviewAs("lanhdao.tinh").received()).isEqualTo(provinceBefore.received() + 1);
        MonthlyReportFigures after = figures();
        assertThat(after.hotline()).isEqualTo(before.hotline());
        // and it says the same as the overview of the leader it is about
        HotlineFigures leaderSees = overviewAs("lanhdao.anxuyen");
        assertThat(after.hotline().received()).isEqualTo(leaderSees.received());
        assertThat(after.hotline().overdue()).isEqualTo(leaderSees.overdue());
        assertThat(after.hotline().due()).isEqualTo(leaderSees.due());

        // the rule is said in every report, whether or not anything was left out
        TestLogins.loginAs(users, "lanhdao.tinh");
        long id = reports.generate(AN_XUYEN, month);
        try (PDDocument document = Loader.loadPDF(reports.pdf(id))) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains(MonthlyReportComposer.WITHHELD_RULE);
        }
        assertThat(MonthlyReportServiceTest.docxText(reports.docx(id))).contains(MonthlyReportComposer.WITHHELD_RULE);

        // concluded founded: the person reported on may know, and the report counts it
        dsl.update(HOTLINE_REPORT).set(HOTLINE_REPORT.CONCLUSION, Conclusion.FOUNDED)
                .where(HOTLINE_REPORT.ID.eq(aboutLeader)).execute();
        closedFigures.changedOn(received.toLocalDate());
        MonthlyReportFigures founded = figures();
        assertThat(founded.hotline().received()).isEqualTo(before.hotline().received() + 1);
        assertThat(byCategory(founded).get(HotlineCategory.ATTITUDE).overdue())
                .isEqualTo(byCategory(before).get(HotlineCategory.ATTITUDE).overdue() + 1);
    }
}
