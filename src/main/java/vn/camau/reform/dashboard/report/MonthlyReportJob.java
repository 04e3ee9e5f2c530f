package vn.camau.reform.dashboard.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.base.cluster.ClusterJobs;
import vn.camau.reform.base.mail.Mailer;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.notification.NotificationService;
import vn.camau.reform.notification.Recipient;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.UnitReading;
import vn.camau.reform.security.UnitScope;

/**
 * On the first working day of each month (the working calendar's: after a weekend, a holiday or Tết),
 * writes the past month's report for the province and for every unit that has a leader account, and
 * on the first working day after a quarter's end the past quarter's report as well, and e-mails each
 * one's PDF to that unit's leaders when SMTP is configured.
 *
 * <p>Units without a leader account get none: nobody would be sent it, and any leader above can have
 * one written on demand. Once across nodes (ShedLock); a second run on the same day, or after a crash
 * half-way, writes only what the job has not yet written for that month (or quarter).
 */
@Component
public class MonthlyReportJob {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportJob.class);
    static final String LOCK = "monthly-report";
    /** The job's reads span every unit; each report is then read under its own unit's scope. */
    private static final UnitScope EVERY_UNIT = new UnitScope(0, "/");

    private final MonthlyReportService reports;
    private final ReportUnits reportUnits;
    private final NotificationService notifications;
    private final CalendarService calendar;
    private final Mailer mailer;
    private final ClusterJobs jobs;
    private final Clock clock;

    MonthlyReportJob(MonthlyReportService reports, ReportUnits reportUnits, NotificationService notifications,
                     CalendarService calendar, Mailer mailer, ClusterJobs jobs, Clock clock) {
        this.reports = reports;
        this.reportUnits = reportUnits;
        this.notifications = notifications;
        this.calendar = calendar;
        this.mailer = mailer;
        this.clock = clock;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${app.monthly-report.cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void runDaily() {
        runOnce(LocalDate.now(clock));
    }

    /** The day's run on one node of all that share the database; nothing unless it is the month's first working day. */
    public boolean runOnce(LocalDate today) {
        return jobs.runOnce(LOCK, () -> {
            int written = runFor(today);
            if (written > 0) {
                log.info("Monthly reports for {}: {} written", YearMonth.from(today).minusMonths(1), written);
            }
        });
    }

    /** The first working day of the month the day is in. */
    static LocalDate firstWorkingDay(WorkingCalendar cal, YearMonth month) {
        LocalDate d = month.atDay(1);
        while (!cal.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The periods that end before the month the day is in: the past month, and the past quarter too when
     * the month begins a quarter (January, April, July, October).
     */
    static List<Period> periodsEndedBefore(YearMonth month) {
        YearMonth past = month.minusMonths(1);
        if ((month.getMonthValue() - 1) % 3 != 0) {
            return List.of(Period.month(past));
        }
        return List.of(Period.month(past), Period.quarter(past.getYear(), (past.getMonthValue() - 1) / 3 + 1));
    }

    /**
     * Writes (and mails) the past month's reports, and after a quarter's end the past quarter's too, if
     * today is the month's first working day; how many were written. Each unit's month first, then its
     * quarter; what the job has already written for a period is not written again.
     */
    int runFor(LocalDate today) {
        if (!today.equals(firstWorkingDay(calendar.calendar(), YearMonth.from(today)))) {
            return 0;
        }
        List<Period> periods = periodsEndedBefore(YearMonth.from(today));
        Map<Long, List<Recipient>> leaders = leadersByUnit();
        return UnitReading.as(MonthlyReportService.JOB, EVERY_UNIT, () -> {
            int written = 0;
            for (ReportUnit unit : unitsToReport(leaders)) {
                for (Period period : periods) {
                    if (reports.writtenByJob(unit.id(), period)) {
                        continue;
                    }
                    MonthlyReportService.Written report = reports.generateByJob(unit, period);
                    written++;
                    mail(report, leaders.getOrDefault(unit.id(), List.of()), period, unit);
                }
            }
            return written;
        });
    }

    private Map<Long, List<Recipient>> leadersByUnit() {
        Map<Long, List<Recipient>> byUnit = new LinkedHashMap<>();
        for (Recipient r : notifications.recipients(List.of(Roles.PROVINCE_LEADER, Roles.UNIT_LEADER), null)) {
            byUnit.computeIfAbsent(r.unitId(), id -> new ArrayList<>()).add(r);
        }
        return byUnit;
    }

    /** The province first, then each current unit with a leader account, top of the tree first. */
    private List<ReportUnit> unitsToReport(Map<Long, List<Recipient>> leaders) {
        return reportUnits.all().values().stream()
                .filter(u -> !u.isFormer() && (u.level() == UnitLevel.PROVINCE || leaders.containsKey(u.id())))
                .sorted(Comparator.comparing((ReportUnit u) -> u.reportPath().length()).thenComparing(ReportUnit::id))
                .toList();
    }

    private void mail(MonthlyReportService.Written report, List<Recipient> to, Period period, ReportUnit unit) {
        if (!mailer.configured()) {
            return;
        }
        String file = (period.kind() == PeriodKind.QUARTER
                ? "BC-quy-" + ((period.from().getMonthValue() - 1) / 3 + 1)
                : "BC-thang-" + period.from().getMonthValue()) + "-" + period.from().getYear() + "-" + unit.code()
                + ".pdf";
        boolean sent = false;
        for (Recipient r : to) {
            if (r.email() == null || r.email().isBlank()) {
                continue;
            }
            try {
                mailer.send(r.email(), "Báo cáo " + report.subtitle().substring(0, 1).toLowerCase()
                                + report.subtitle().substring(1) + " (số " + report.number() + ")",
                        "Kính gửi " + r.fullName() + ",\n\nBáo cáo " + report.subtitle().substring(0, 1).toLowerCase()
                                + report.subtitle().substring(1) + " được gửi kèm theo thư này (tệp PDF). "
                                + "Bản Word để chỉnh sửa có tại mục \"Báo cáo tháng\" của hệ thống.\n\n"
                                + "The monthly report is attached as a PDF; the editable Word file is on the "
                                + "\"Monthly reports\" screen.",
                        new Mailer.Attachment(file, "application/pdf", report.pdf()));
                sent = true;
            } catch (MailException e) {
                // one refused address must not stop the other leaders' mail nor the other units' reports
                log.warn("Monthly report {} not mailed to {}: {}", report.number(), r.username(), e.getMessage());
            }
        }
        if (sent) {
            reports.markMailed(report.id());
        }
    }
}
