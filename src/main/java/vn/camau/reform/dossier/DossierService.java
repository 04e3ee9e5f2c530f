package vn.camau.reform.dossier;


import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.text.TextRules;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.PersonalData;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.query.AlertQuery;
import vn.camau.reform.dossier.query.DossierQuery;
import vn.camau.reform.dossier.repository.ReminderRepository;
import vn.camau.reform.notification.NotificationContent;
import vn.camau.reform.notification.NotificationContent.Message;
import vn.camau.reform.notification.NotificationContent.Value;
import vn.camau.reform.notification.NotificationKind;
import vn.camau.reform.notification.NotificationService;
import vn.camau.reform.notification.Recipient;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.base.repository.KeptBetweenWrites;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ReportUnits;

/** Late-case alerts, the dossier list and page of the drill-down, and leaders' reminders. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DossierService {

    /** A reminder is a short note, not a letter. */
    public static final int REMINDER_MAX_LENGTH = 1000;

    private final AlertQuery alerts;
    private final DossierQuery dossiers;
    private final ReminderRepository reminders;
    private final ReportUnits reportUnits;
    private final CalendarService calendar;
    private final DossierSettingsService settings;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ClosedFigures versions;
    /** The menu's alert badge, on every page: kept between two writes of what it counts. */
    private final KeptBetweenWrites badges;

    /** A badge's question: the dossiers, the calendar and the due-soon setting are behind the running version. */
    private record BadgeKey(UnitScope scope, LocalDate today) {
    }

    DossierService(AlertQuery alerts, DossierQuery dossiers, ReminderRepository reminders,
                   ReportUnits reportUnits, CalendarService calendar, DossierSettingsService settings,
                   NotificationService notifications, CurrentUser currentUser, Clock clock, ClosedFigures versions,
                   // spelled out: NotificationContent.Value is imported here
                   @org.springframework.beans.factory.annotation.Value("${app.indicators.running-figures-kept:500}")
                   int kept) {
        this.versions = versions;
        this.badges = new KeptBetweenWrites(kept);
        this.alerts = alerts;
        this.dossiers = dossiers;
        this.reminders = reminders;
        this.reportUnits = reportUnits;
        this.calendar = calendar;
        this.settings = settings;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String focusPath(Long focusUnitId) {
        UnitScope scope = currentUser.scope();
        return reportUnits.unit(focusUnitId == null ? scope.unitId() : focusUnitId).reportPath();
    }

    private LocalDate dueSoonUntil() {
        return dueSoonUntil(today());
    }

    private LocalDate dueSoonUntil(LocalDate today) {
        return DossierTiming.dueSoonUntil(calendar.calendar(), today, settings.current().dueSoonWorkingDays());
    }

    public int countAlerts(AlertFilter filter) {
        return alerts.count(currentUser.scope(), focusPath(filter.focusUnitId()), filter, today(), dueSoonUntil());
    }

    /** Overdue and due-soon counts in the user's whole scope, for the navigation badge. */
    public Map<OpenTiming, Integer> alertCounts() {
        UnitScope scope = currentUser.scope();
        LocalDate today = today();
        return badges.get(new BadgeKey(scope, today), versions::running,
                () -> Map.copyOf(alerts.countByTiming(scope, focusPath(null), today, dueSoonUntil(today))));
    }

    public List<LateDossierAlert> alerts(AlertFilter filter, AlertSort sort, int offset, int limit) {
        LocalDate today = today();
        WorkingCalendar cal = calendar.calendar();
        int dueSoonDays = settings.current().dueSoonWorkingDays();
        return alerts.find(currentUser.scope(), focusPath(filter.focusUnitId()), filter, sort, today,
                        dueSoonUntil(), offset, limit).stream()
                .map(r -> new LateDossierAlert(r.id(), r.code(), r.procedureName(), r.fieldName(),
                        r.handlingUnitName(), r.channel(), r.state(), r.receivedAt(), r.dueDate(),
                        DossierTiming.openTiming(cal, r.dueDate(), today, dueSoonDays),
                        r.dueDate().isBefore(today) ? DossierTiming.workingDaysLate(cal, r.dueDate(), today)
                                : -cal.workingDaysBetween(today, r.dueDate()),
                        r.responsibleStep(), r.responsibleUnitName(), r.responsibleUnitId(),
                        r.responsibleOfficerName(), r.apologyState(), r.reminders(), r.lastReminderAt(),
                        r.handlingUnitId(), r.responsibleOfficerId()))
                .toList();
    }

    public int countDossiers(DossierFilter filter) {
        return dossiers.count(currentUser.scope(), focusPathFor(filter), filter, today());
    }

    public List<DossierSummary> dossiers(DossierFilter filter, int offset, int limit) {
        return dossiers.find(currentUser.scope(), focusPathFor(filter), filter, today(), offset, limit);
    }

    private String focusPathFor(DossierFilter filter) {
        ReportUnit focus = reportUnits.unit(filter.focusUnitId());
        return focus.isFormer() || filter.structure() == UnitStructure.FORMER ? focus.path() : focus.reportPath();
    }

    /** One dossier with its timeline, or empty when unknown or outside the user's scope. */
    public Optional<DossierDetail> dossier(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        LocalDate today = today();
        WorkingCalendar cal = calendar.calendar();
        int dueSoonDays = settings.current().dueSoonWorkingDays();
        return dossiers.findByCode(currentUser.scope(), code.strip()).map(d -> {
            boolean open = d.state().isOpen();
            List<DossierQuery.EventRow> events = dossiers.events(d.id());
            // the clock stands still while the applicant completes the dossier: no lateness runs up
            boolean waiting = open && !events.isEmpty()
                    && events.getLast().state() == DossierState.SUPPLEMENT_REQUESTED;
            int late = waiting ? 0 : open ? DossierTiming.workingDaysLate(cal, d.dates().dueDate(), today)
                    : d.lateWorkingDays() == null ? 0 : d.lateWorkingDays();
            OpenTiming openTiming = waiting ? OpenTiming.WAITING
                    : open ? DossierTiming.openTiming(cal, d.dates().dueDate(), today, dueSoonDays) : null;
            return new DossierDetail(d.id(), d.code(), d.procedure(), d.receivingUnitName(), d.handlingUnitName(),
                    d.handlingUnitId(), d.channel(), d.state(), d.dates(), d.timing(), openTiming, late,
                    d.service(), PersonalData.maskName(d.applicantName()), d.handlingOfficerName(),
                    d.responsible(),
                    steps(events, d.dates().finishedAt(), today, cal));
        });
    }

    private static List<DossierStep> steps(List<DossierQuery.EventRow> events, LocalDateTime finishedAt,
                                           LocalDate today, WorkingCalendar cal) {
        List<DossierStep> steps = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            DossierQuery.EventRow e = events.get(i);
            LocalDateTime end = i + 1 < events.size() ? events.get(i + 1).eventAt()
                    : e.state().isFinished() ? null : finishedAt;
            LocalDate endDay = end != null ? end.toLocalDate() : e.state().isFinished() ? null : today;
            int overrun = e.stepDueDate() == null || endDay == null ? 0
                    : DossierTiming.workingDaysLate(cal, e.stepDueDate(), endDay);
            steps.add(new DossierStep(e.eventAt(), end, e.state(), e.stepName(), e.unitName(), e.officerName(),
                    e.stepDueDate(), overrun, e.note()));
        }
        return steps;
    }

    /**
     * Đôn đốc: records a reminder to the unit holding the dossier and notifies that unit's leaders.
     * Only open dossiers can be urged; the text is required and bounded.
     */
    @PreAuthorize("@perm.may(authentication, 'URGE_LATE_DOSSIER')")
    @Transactional
    public void urge(String dossierCode, String message) {
        String text = java.util.Objects.requireNonNullElse(TextRules.clean(message, true), "");
        if (text.isEmpty()) {
            throw new BusinessRuleException("reminder.message.required");
        }
        if (text.length() > REMINDER_MAX_LENGTH) {
            throw new BusinessRuleException("reminder.message.too-long", REMINDER_MAX_LENGTH);
        }
        DossierQuery.DetailRow d = dossiers.findByCode(currentUser.scope(), dossierCode)
                .orElseThrow(() -> new BusinessRuleException("dossier.unknown", dossierCode));
        if (!d.state().isOpen()) {
            throw new BusinessRuleException("reminder.dossier-finished", d.code());
        }
        AppUser sender = currentUser.require();
        long unitId = dossiers.responsibleUnitId(d.id()).orElse(d.handlingUnitId());
        reminders.insert(d.id(), unitId, dossiers.responsibleOfficerId(d.id()).orElse(null), sender.id(),
                LocalDateTime.now(clock), text);
        // kept as data and worded in each reader's language; the sender's own words stay as typed
        NotificationContent content = NotificationContent.of(
                Message.of("notification.reminder.title", Value.text(d.code())),
                Message.of("notification.reminder.body", Value.text(sender.fullName()), Value.text(sender.unitName()),
                        Value.text(d.code()), Value.text(d.procedure().name()), Value.date(d.dates().dueDate())),
                text);
        for (Recipient r : notifications.recipients(List.of(Roles.UNIT_LEADER), unitId)) {
            notifications.send(r, NotificationKind.REMINDER, content, "dossiers/" + d.code());
        }
    }
}
