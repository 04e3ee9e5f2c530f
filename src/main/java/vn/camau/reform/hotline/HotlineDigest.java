package vn.camau.reform.hotline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.camau.reform.base.cluster.ClusterJobs;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.hotline.repository.HotlineRepository;
import vn.camau.reform.hotline.repository.QueueDates;
import vn.camau.reform.hotline.repository.ReportRow;
import vn.camau.reform.notification.NotificationContent;
import vn.camau.reform.notification.NotificationContent.Message;
import vn.camau.reform.notification.NotificationContent.Value;
import vn.camau.reform.notification.NotificationKind;
import vn.camau.reform.notification.NotificationService;
import vn.camau.reform.notification.Recipient;
import vn.camau.reform.security.Permission;
import vn.camau.reform.security.UnitScope;

/**
 * Each working morning, everyone who works or supervises the hotline log (inspectors, the head of
 * inspection, leaders) is told how many reports in their scope are past their answer deadline or
 * close to it, with the most overdue named: code, category, unit and deadline, never the reporter.
 * A report about a user is left out of that user's digest, as it is of their queue.
 */
@Component
public class HotlineDigest {

    private static final Logger log = LoggerFactory.getLogger(HotlineDigest.class);
    /** The digest names the most overdue few; the queue has the rest. */
    static final int LISTED = 5;
    /** Those who work the log receive its digest. */
    private static final List<String> ROLES = Permission.WORK_HOTLINE.roleNames();

    private final HotlineRepository reports;
    private final NotificationService notifications;
    private final CalendarService calendar;
    private final ClusterJobs jobs;
    private final Clock clock;

    HotlineDigest(HotlineRepository reports, NotificationService notifications, CalendarService calendar,
                  ClusterJobs jobs, Clock clock) {
        this.reports = reports;
        this.notifications = notifications;
        this.calendar = calendar;
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
        return jobs.runOnce("hotline-digest", () -> {
            if (calendar.calendar().isWorkingDay(today)) {
                log.info("Hotline digest for {}: {} people notified", today, sendFor(today));
            }
        });
    }

    /** Sends the digest as of {@code today}; returns how many people got one. */
    public int sendFor(LocalDate today) {
        QueueDates dates = new QueueDates(today, HotlineRules.dueSoonLimit(calendar.calendar(), today));
        int sent = 0;
        for (Recipient r : notifications.recipients(ROLES, null)) {
            UnitScope scope = new UnitScope(r.unitId(), r.unitPath());
            Map<HotlineQueue, Integer> counts = reports.queueCounts(scope, r.userId(), dates);
            int overdue = counts.getOrDefault(HotlineQueue.OVERDUE, 0);
            int dueSoon = counts.getOrDefault(HotlineQueue.DUE_SOON, 0);
            if (overdue + dueSoon == 0) {
                continue;
            }
            // worded when read, in the reader's language; the unit by its name of today
            List<Message> items = reports.find(scope, r.userId(), HotlineFilter.of(HotlineQueue.OVERDUE), null, dates,
                    0, LISTED).stream().map(row -> Message.of("hotline.digest.line", Value.text(row.code()),
                    Value.label(row.subject().category().labelKey()), Value.text(row.subject().unitName()),
                    Value.date(row.dueDate()))).toList();
            notifications.send(r, NotificationKind.HOTLINE, new NotificationContent(
                    Message.of("hotline.digest.title", Value.date(today), Value.number(overdue), Value.number(dueSoon)),
                    List.of(Message.of("hotline.digest.counts", Value.number(overdue), Value.number(dueSoon))),
                    items, null), "hotline?queue=overdue");
            sent++;
        }
        return sent;
    }
}
