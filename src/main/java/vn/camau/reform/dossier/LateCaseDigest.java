package vn.camau.reform.dossier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.camau.reform.base.cluster.ClusterJobs;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.query.AlertQuery;
import vn.camau.reform.dossier.risk.LateRiskScoring;
import vn.camau.reform.dossier.risk.query.LateRiskQuery;
import vn.camau.reform.notification.NotificationContent;
import vn.camau.reform.notification.NotificationContent.Message;
import vn.camau.reform.notification.NotificationContent.Value;
import vn.camau.reform.notification.NotificationKind;
import vn.camau.reform.notification.NotificationService;
import vn.camau.reform.notification.Recipient;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.UnitScope;

/**
 * Each working morning, every leader gets the overdue and due-soon dossiers of their own scope as
 * an in-app notification (e-mailed when SMTP is configured). Nothing is sent to a leader with
 * nothing late, nor on a day off.
 */
@Component
public class LateCaseDigest {

    private static final Logger log = LoggerFactory.getLogger(LateCaseDigest.class);
    /** The digest names the worst few; the alerts screen has the rest. */
    static final int LISTED = 5;

    private final AlertQuery alerts;
    private final NotificationService notifications;
    private final CalendarService calendar;
    private final DossierSettingsService settings;
    private final ClusterJobs jobs;
    private final Clock clock;
    private final LateRiskQuery risks;
    private final LateRiskScoring riskSettings;

    LateCaseDigest(AlertQuery alerts, NotificationService notifications, CalendarService calendar,
                   DossierSettingsService settings, ClusterJobs jobs, Clock clock, LateRiskQuery risks,
                   LateRiskScoring riskSettings) {
        this.alerts = alerts;
        this.risks = risks;
        this.riskSettings = riskSettings;
        this.notifications = notifications;
        this.calendar = calendar;
        this.settings = settings;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.digest.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void sendDaily() {
        sendOnce(LocalDate.now(clock));
    }

    /**
     * The morning's run for {@code today}, on one node of all that share the database (the others
     * skip it); nothing on a day off.
     *
     * @return true when it ran on this node
     */
    public boolean sendOnce(LocalDate today) {
        return jobs.runOnce("late-case-digest", () -> {
            if (calendar.calendar().isWorkingDay(today)) {
                log.info("Late-case digest for {}: {} leaders notified", today, sendFor(today));
            }
        });
    }

    /** Sends the digest as of {@code today}; returns how many leaders got one. */
    public int sendFor(LocalDate today) {
        WorkingCalendar cal = calendar.calendar();
        LocalDate until = DossierTiming.dueSoonUntil(cal, today, settings.current().dueSoonWorkingDays());
        int sent = 0;
        BigDecimal threshold = BigDecimal.valueOf(riskSettings.settings().threshold());
        for (Recipient r : notifications.recipients(List.of(Roles.PROVINCE_LEADER, Roles.UNIT_LEADER), null)) {
            UnitScope scope = new UnitScope(r.unitId(), r.unitPath());
            Map<OpenTiming, Integer> counts = alerts.countByTiming(scope, scope.path(), today, until);
            int overdue = counts.getOrDefault(OpenTiming.OVERDUE, 0);
            int dueSoon = counts.getOrDefault(OpenTiming.DUE_SOON, 0);
            int atRisk = risks.count(scope, scope.path(), threshold, today);
            if (overdue + dueSoon + atRisk == 0) {
                continue;
            }
            List<Message> items = new ArrayList<>();
            for (AlertQuery.AlertRow row : alerts.find(scope, scope.path(), AlertFilter.all(),
                    AlertSort.MOST_LATE_FIRST, today, until, 0, LISTED)) {
                boolean late = row.dueDate().isBefore(today);
                items.add(late
                        ? Message.of("notification.late-digest.item-late", Value.text(row.code()),
                                Value.text(row.procedureName()), Value.text(row.handlingUnitName()),
                                Value.date(row.dueDate()),
                                Value.number(DossierTiming.workingDaysLate(cal, row.dueDate(), today)))
                        : Message.of("notification.late-digest.item", Value.text(row.code()),
                                Value.text(row.procedureName()), Value.text(row.handlingUnitName()),
                                Value.date(row.dueDate())));
            }
            notifications.send(r, NotificationKind.DAILY_DIGEST, new NotificationContent(
                    Message.of("notification.late-digest.title", Value.date(today), Value.number(overdue),
                            Value.number(dueSoon)),
                    lines(overdue, dueSoon, atRisk),
                    items, null), "alerts");
            sent++;
        }
        return sent;
    }

    /** The counts, and the early warning's when some dossiers not yet late are at risk (issue 21). */
    private static List<Message> lines(int overdue, int dueSoon, int atRisk) {
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("notification.late-digest.counts", Value.number(overdue), Value.number(dueSoon)));
        if (atRisk > 0) {
            lines.add(Message.of("notification.late-digest.at-risk", Value.number(atRisk)));
        }
        return lines;
    }
}
