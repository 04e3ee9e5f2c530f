package vn.camau.reform.dashboard.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.dashboard.report.repository.MonthlyReportRepository;
import vn.camau.reform.dashboard.report.repository.MonthlyReportRepository.Format;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.UnitReading;
import vn.camau.reform.security.UnitScope;

/**
 * The monthly (or quarterly) report on the resolution of administrative procedures (issue 20): written
 * on demand by a leader or by {@link MonthlyReportJob}, stored with its generation time and the day its
 * figures stand at, listed and downloaded within the reader's scope.
 *
 * <p>Its figures are read as the reported unit itself would see them ({@link UnitReading}), whoever asks:
 * a stored report is one document for every reader of the unit, so it may not depend on its writer.
 * A user may only have a report written for a unit in their own scope.
 */
@Service
public class MonthlyReportService {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportService.class);

    /** The name the job's reports carry, and the identity their figures are read under. */
    static final String JOB = "monthly-report";
    /** Reports start with the data: nothing before 2023 is held. */
    public static final LocalDate EARLIEST = LocalDate.of(2023, 1, 1);

    private final MonthlyReportReader reader;
    private final MonthlyReportRepository reports;
    private final ReportUnits reportUnits;
    private final CurrentUser currentUser;
    private final Clock clock;

    MonthlyReportService(MonthlyReportReader reader, MonthlyReportRepository reports, ReportUnits reportUnits,
                         CurrentUser currentUser, Clock clock) {
        this.reader = reader;
        this.reports = reports;
        this.reportUnits = reportUnits;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Writes and stores the unit's report for a month or quarter that has begun and is not before 2023.
     *
     * @return the stored report's id
     * @throws BusinessRuleException for another kind of period, one not begun, one before 2023, or a unit
     *                               outside the caller's scope; nothing is stored then
     */
    @PreAuthorize("@perm.may(authentication, 'GENERATE_MONTHLY_REPORT')")
    public long generate(long unitId, Period period) {
        AppUser user = currentUser.require();
        check(period, LocalDate.now(clock));
        ReportUnit unit = reportUnits.unit(unitId);
        if (unit.isFormer()) {
            throw new BusinessRuleException("unit.unknown", unitId);
        }
        return write(unit, period, user.id(), null).id();
    }

    /** A report just written: what the job mails. */
    record Written(long id, String number, String subtitle, byte[] pdf) {
    }

    static void check(Period period, LocalDate today) {
        if (period.kind() != PeriodKind.MONTH && period.kind() != PeriodKind.QUARTER) {
            throw new BusinessRuleException("monthly-report.period.kind");
        }
        if (period.from().isBefore(EARLIEST)) {
            throw new BusinessRuleException("monthly-report.period.too-early");
        }
        if (period.from().isAfter(today)) {
            throw new BusinessRuleException("monthly-report.period.future");
        }
    }

    /** The job's write: no user; the unit comes from the job's own list of units. */
    Written generateByJob(ReportUnit unit, Period period) {
        return write(unit, period, null, JOB);
    }

    boolean writtenByJob(long unitId, Period period) {
        return reports.writtenByJob(unitId, period, JOB);
    }

    private Written write(ReportUnit unit, Period period, Long userId, String job) {
        long start = System.nanoTime();
        Map<Long, ReportUnit> units = reportUnits.all();
        ReportUnit parent = unit.parentId() == null ? null : units.get(unit.parentId());
        MonthlyReportFigures figures = UnitReading.as(JOB, new UnitScope(unit.id(), unit.reportPath()),
                () -> reader.read(unit, parent == null ? null : parent.name(), period));
        long read = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String number = (reports.countInYear(unit.id(), now.getYear()) + 1) + "/BC-" + unit.code();
        ReportDocument document = MonthlyReportComposer.compose(figures, number, now.toLocalDate());
        byte[] pdf = MonthlyReportPdf.render(document);
        byte[] docx = MonthlyReportDocx.render(document);
        long rendered = System.nanoTime();
        long id = reports.insert(new MonthlyReportRepository.NewReport(unit.id(), period, number, now, figures.asOf(),
                userId, job, pdf, docx));
        // the budget is 10 s for the province at 5 million dossiers: where the time goes, per report
        log.info("Monthly report {} ({} {}–{}) written in {} ms: figures {} ms, charts and documents {} ms, stored {} ms",
                number, unit.name(), period.from(), period.to(), (System.nanoTime() - start) / 1_000_000,
                (read - start) / 1_000_000, (rendered - read) / 1_000_000, (System.nanoTime() - rendered) / 1_000_000);
        return new Written(id, number, document.subtitle(), pdf);
    }

    void markMailed(long id) {
        reports.markMailed(id, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Reports of the units in the caller's scope (under {@code unitId} when given), newest first. */
    @PreAuthorize("@perm.may(authentication, 'READ_MONTHLY_REPORTS')")
    public List<MonthlyReport> list(Long unitId, int offset, int limit) {
        return reports.find(currentUser.scope(), unitId, offset, limit);
    }

    @PreAuthorize("@perm.may(authentication, 'READ_MONTHLY_REPORTS')")
    public int count(Long unitId) {
        return reports.count(currentUser.scope(), unitId);
    }

    /** The report's PDF, if its unit is in the caller's scope. */
    @PreAuthorize("@perm.may(authentication, 'READ_MONTHLY_REPORTS')")
    public byte[] pdf(long id) {
        return file(id, Format.PDF);
    }

    /** The report's Word document, if its unit is in the caller's scope. */
    @PreAuthorize("@perm.may(authentication, 'READ_MONTHLY_REPORTS')")
    public byte[] docx(long id) {
        return file(id, Format.DOCX);
    }

    private byte[] file(long id, Format format) {
        return reports.file(currentUser.scope(), id, format)
                .orElseThrow(() -> new BusinessRuleException("monthly-report.unknown", id));
    }

    /** "BC-thang-11-2026-96.pdf": what a download is saved as. */
    public static String fileName(MonthlyReport report, String extension) {
        LocalDate from = report.periodStart();
        String period = report.kind() == PeriodKind.QUARTER
                ? "quy-" + ((from.getMonthValue() - 1) / 3 + 1) + "-" + from.getYear()
                : "thang-" + from.getMonthValue() + "-" + from.getYear();
        return "BC-" + period + "-" + report.unitId() + "-" + report.id() + "." + extension;
    }
}
