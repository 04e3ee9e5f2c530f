package vn.camau.reform.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.dossier.TestDossiers.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dashboard.IndicatorKind;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierTiming;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.TestDossiers;

/**
 * The monthly report written for the province and for a commune, read back: the PDF's text and pages
 * (PDFBox) and the DOCX's text (POI) carry the motto, the unit, the month and the same figures the
 * indicator service gives for that unit and period.
 */
@AppTest
@Transactional // the test dossiers and the stored reports roll back
class MonthlyReportServiceTest {

    private static final String COMMUNE_CODE = "32002";

    @Autowired
    MonthlyReportService reports;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ReportUnits reportUnits;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendarService;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

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
    void logout() {
        TestLogins.logout();
    }

    private ReportUnit commune() {
        return reportUnits.unitByCode(COMMUNE_CODE, UnitStructure.CURRENT).orElseThrow();
    }

    /** An early, a late (two working days) and an overdue dossier of the commune, resolved in one month. */
    private YearMonth loadCommuneDossiers() {
        long unit = commune().id();
        TestLogins.loginAs(users, "admin");
        LocalDate received = cal.workingDaysBefore(today, 30);
        LocalDate due = cal.addWorkingDays(received, 10);
        LocalDate lateDay = cal.addWorkingDays(due, 2);
        writer.save(dossier("MR-EARLY", unit, received, due, cal.addWorkingDays(received, 5), DossierState.RESOLVED,
                Channel.ONLINE, 0));
        writer.save(dossier("MR-LATE", unit, received, due, lateDay, DossierState.RESOLVED, Channel.IN_PERSON,
                DossierTiming.workingDaysLate(cal, due, lateDay)));
        writer.save(dossier("MR-OVERDUE", unit, received, cal.workingDaysBefore(today, 3), null,
                DossierState.PROCESSING, Channel.ONLINE, 0));
        TestLogins.loginAs(users, "lanhdao.tinh");
        return YearMonth.from(lateDay);
    }

    @Test
    void theCommunesReportSaysWhatTheIndicatorsSay() throws IOException {
        YearMonth month = loadCommuneDossiers();
        Period period = Period.month(month);
        ReportUnit commune = commune();
        Indicators expected = indicators.breakdown(commune.id(), period, UnitStructure.CURRENT).total();
        assertThat(expected.get(StatCounter.RESOLVED_LATE)).as("the test month holds the late dossier").isPositive();

        long id = reports.generate(commune.id(), period);

        String pdf;
        int pages;
        // kept for a look at the layout (target/ only)
        java.nio.file.Files.write(java.nio.file.Path.of("target/monthly-report-commune.pdf"), reports.pdf(id));
        java.nio.file.Files.write(java.nio.file.Path.of("target/monthly-report-commune.docx"), reports.docx(id));
        try (PDDocument document = Loader.loadPDF(reports.pdf(id))) {
            pdf = oneLine(new PDFTextStripper().getText(document));
            pages = document.getNumberOfPages();
        }
        String docx = docxText(reports.docx(id));
        for (String text : new String[] {pdf, docx}) {
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "BÁO CÁO", "tháng " + month.getMonthValue() + " năm " + month.getYear(), commune.name(),
                    "Số: 1/BC-" + COMMUNE_CODE, "Nơi nhận:");
            assertThat(text).contains(figuresSentence(commune.name(), expected));
            assertThat(text).contains(VnFormats.percent(expected.ratio(IndicatorKind.ON_TIME).value()));
        }
        assertThat(pdf).contains("ỦY BAN NHÂN DÂN " + commune.name().toUpperCase(VnFormats.VIETNAMESE));
        // the header and four sections, two charts and the closing cannot fit one A4 page
        assertThat(pages).isBetween(2, 6);

        MonthlyReport listed = reports.list(commune.id(), 0, 10).getFirst();
        assertThat(listed.id()).isEqualTo(id);
        assertThat(listed.figuresAsOf()).isEqualTo(expected.asOf());
        assertThat(listed.generatedBy()).isEqualTo("Nguyễn Văn Tỉnh");
    }

    @Test
    void theProvincesReportSaysWhatTheIndicatorsSay() throws IOException {
        YearMonth month = loadCommuneDossiers();
        Period period = Period.month(month);
        long province = reportUnits.homeUnit().id();
        Indicators expected = indicators.breakdown(province, period, UnitStructure.CURRENT).total();

        long id = reports.generate(province, period);

        try (PDDocument document = Loader.loadPDF(reports.pdf(id))) {
            String pdf = oneLine(new PDFTextStripper().getText(document));
            assertThat(pdf).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN TỈNH CÀ MAU",
                    figuresSentence(reportUnits.homeUnit().name(), expected), "ĐƠN VỊ CÓ TỶ LỆ ĐÚNG HẠN THẤP NHẤT");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(docxText(reports.docx(id))).contains(figuresSentence(reportUnits.homeUnit().name(), expected));
    }

    @Test
    void aLeaderOfACommuneNeitherWritesNorReadsTheProvincesReport() {
        Period period = Period.month(YearMonth.from(today).minusMonths(1));
        long province = reportUnits.homeUnit().id();
        long id = reports.generate(province, period);

        TestLogins.loginAs(users, "lanhdao.anxuyen");
        assertThatThrownBy(() -> reports.generate(province, period)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("unit.unknown");
        assertThatThrownBy(() -> reports.pdf(id)).isInstanceOf(BusinessRuleException.class);
        assertThat(reports.list(null, 0, 100)).extracting(MonthlyReport::id).doesNotContain(id);

        TestLogins.loginAs(users, "motcua.anxuyen");
        assertThatThrownBy(() -> reports.list(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPeriodNotBegunBefore2023OrOfAnotherKindIsRefusedAndNothingIsStored() {
        long province = reportUnits.homeUnit().id();
        int before = reports.count(null);
        assertThatThrownBy(() -> reports.generate(province, Period.month(YearMonth.from(today).plusMonths(1))))
                .hasMessageContaining("monthly-report.period.future");
        assertThatThrownBy(() -> reports.generate(province, Period.month(YearMonth.of(2022, 12))))
                .hasMessageContaining("monthly-report.period.too-early");
        assertThatThrownBy(() -> reports.generate(province, Period.year(2024)))
                .hasMessageContaining("monthly-report.period.kind");
        assertThat(reports.count(null)).isEqualTo(before);
    }

    /** The report's first paragraph, as the composer writes it, with the indicator service's figures. */
    private static String figuresSentence(String unitName, Indicators i) {
        return unitName + " tiếp nhận " + VnFormats.count(i.get(StatCounter.RECEIVED)) + " hồ sơ; kỳ trước chuyển sang "
                + VnFormats.count(i.carriedOver()) + " hồ sơ. Đã giải quyết " + VnFormats.count(i.get(StatCounter.RESOLVED))
                + " hồ sơ, trong đó trước hạn " + VnFormats.count(i.get(StatCounter.RESOLVED_EARLY)) + ", đúng hạn "
                + VnFormats.count(i.get(StatCounter.RESOLVED_ON_TIME)) + ", trễ hạn "
                + VnFormats.count(i.get(StatCounter.RESOLVED_LATE)) + ". Cuối kỳ còn " + VnFormats.count(i.openAtEnd())
                + " hồ sơ đang giải quyết, trong đó " + VnFormats.count(i.openOverdue()) + " hồ sơ quá hạn.";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            return oneLine(extractor.getText());
        }
    }
}
