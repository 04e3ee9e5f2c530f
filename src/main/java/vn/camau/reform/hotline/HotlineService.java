package vn.camau.reform.hotline;


import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.PersonalData;
import vn.camau.reform.base.text.PhoneNumbers;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.hotline.repository.HotlineRepository;
import vn.camau.reform.adminunit.UnitRef;
import vn.camau.reform.hotline.repository.HotlineRoundRepository;
import vn.camau.reform.hotline.repository.NewReport;
import vn.camau.reform.hotline.repository.QueueDates;
import vn.camau.reform.hotline.repository.ReportColumn;
import vn.camau.reform.hotline.repository.ReportRow;
import vn.camau.reform.notification.NotificationContent;
import vn.camau.reform.notification.NotificationContent.Message;
import vn.camau.reform.notification.NotificationContent.Value;
import vn.camau.reform.notification.NotificationKind;
import vn.camau.reform.notification.NotificationService;
import vn.camau.reform.notification.Recipient;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;

/**
 * The hotline complaint log of DOMAIN §7. Every read is scoped to the caller's unit (a report is
 * theirs when the unit it concerns, or the unit it is assigned to, is in their scope); reports about
 * the caller themselves (as the officer reported on) are never shown to them. Every write names the
 * version it read; a stale one is refused with "changed meanwhile", naming who changed it.
 */
@Service
@PreAuthorize("@perm.may(authentication, 'READ_HOTLINE')")
@Transactional(readOnly = true)
public class HotlineService {

    private final HotlineRepository reports;
    private final HotlineRoundRepository rounds;
    private final HotlineSettings settings;
    private final CalendarService calendar;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;
    private final ClosedFigures closedFigures;

    HotlineService(HotlineRepository reports, HotlineRoundRepository rounds, HotlineSettings settings,
                   CalendarService calendar, NotificationService notifications, CurrentUser currentUser,
                   Clock clock, AuditTrail audit, ClosedFigures closedFigures) {
        this.closedFigures = closedFigures;
        this.reports = reports;
        this.rounds = rounds;
        this.settings = settings;
        this.calendar = calendar;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    /** Logs a new report with its attachments; all or nothing. Returns its id. */
    @PreAuthorize("@perm.may(authentication, 'WORK_HOTLINE')")
    @Transactional
    public long intake(HotlineIntake in) {
        AppUser user = currentUser.require();
        LocalDateTime now = now();
        if (in.channel() == null) {
            throw new BusinessRuleException("hotline.channel.required");
        }
        if (in.category() == null) {
            throw new BusinessRuleException("hotline.category.required");
        }
        LocalDateTime receivedAt = in.receivedAt() == null ? now : in.receivedAt().withNano(0);
        if (receivedAt.isAfter(now.plusMinutes(5))) {
            throw new BusinessRuleException("hotline.received.future");
        }
        String description = HotlineRules.requiredText(in.description(), HotlineRules.MAX_DESCRIPTION, "description");
        String name = null;
        String phone = null;
        String email = null;
        if (!in.anonymous()) {
            name = HotlineRules.optionalText(in.reporterName(), HotlineRules.MAX_NAME, "reporter-name");
            phone = in.reporterPhone() == null || in.reporterPhone().isBlank() ? null
                    : PhoneNumbers.normalise(in.reporterPhone())
                    .orElseThrow(() -> new BusinessRuleException("hotline.phone.invalid", in.reporterPhone().strip()));
            email = HotlineRules.email(in.reporterEmail());
            if (name == null && phone == null && email == null) {
                throw new BusinessRuleException("hotline.reporter.required");
            }
        }
        Target target = target(in.unitId(), in.officerId(), in.dossierCode());
        var files = AttachmentRules.check(in.attachments(), 0);
        WorkingCalendar cal = calendar.calendar();
        LocalDate day = receivedAt.toLocalDate();
        var row = new NewReport(in.channel(), receivedAt, in.anonymous(),
                name, phone, email, in.category(), target.unit().id(), in.officerId(), target.dossierId(),
                description, HotlineRules.assignDueDate(cal, day),
                HotlineRules.dueDate(cal, day, settings.deadlineWorkingDays(in.category())));
        int year = receivedAt.getYear();
        int seq = reports.nextSeq(year);
        String code = "PA-%d-%05d".formatted(year, seq);
        long id = reports.insert(row, year, seq, code, user.id(), now);
        rounds.open(id, 1, receivedAt, row.dueDate());
        // a report logged after the day it came in counts in periods that may be over
        closedFigures.changedOn(day);
        reports.addEvent(id, HotlineAction.RECEIVED, user.id(), now, null, List.of(
                HotlineChange.set(HotlineField.ASSIGN_DUE_DATE, HotlineChange.raw(row.assignDueDate())),
                HotlineChange.set(HotlineField.DUE_DATE, HotlineChange.raw(row.dueDate()))));
        for (var f : files) {
            reports.addAttachment(id, f, sha256(f.content()), user.id(), now);
        }
        if (!files.isEmpty()) {
            reports.addEvent(id, HotlineAction.ATTACHED, user.id(), now, fileNames(files), List.of());
        }
        return id;
    }

    private record Target(UnitRef unit, Long dossierId) {
    }

    /** The unit concerned (in scope, current), its officer (of that unit or below) and the dossier (in scope). */
    private Target target(Long unitId, Long officerId, String dossierCode) {
        AppUser user = currentUser.require();
        if (unitId == null) {
            throw new BusinessRuleException("hotline.unit.required");
        }
        UnitRef unit = reports.currentUnit(user.scope(), unitId)
                .orElseThrow(() -> new BusinessRuleException("unit.unknown", unitId));
        if (officerId != null && reports.officerName(officerId, unit.path()).isEmpty()) {
            throw new BusinessRuleException("hotline.officer.not-in-unit", unit.name());
        }
        Long dossierId = null;
        if (dossierCode != null && !dossierCode.isBlank()) {
            String c = dossierCode.strip();
            dossierId = reports.dossierId(user.scope(), c)
                    .orElseThrow(() -> new BusinessRuleException("dossier.unknown", c));
        }
        return new Target(unit, dossierId);
    }

    public Optional<HotlineReport> find(long id) {
        AppUser user = currentUser.require();
        return reports.find(user.scope(), user.id(), id).map(r -> toReport(r, user));
    }

    private ReportRow row(long id) {
        AppUser user = currentUser.require();
        return reports.find(user.scope(), user.id(), id)
                .orElseThrow(() -> new BusinessRuleException("hotline.unknown", id));
    }

    private HotlineReport toReport(ReportRow r, AppUser user) {
        LocalDate today = LocalDate.now(clock);
        HotlineTiming timing = HotlineRules.timing(calendar.calendar(), r.dueDate(),
                r.answer().answeredAt() == null ? null : r.answer().answeredAt().toLocalDate(), today);
        ReportRow.ReporterContact c = r.reporter();
        Reporter reporter = c.anonymous() ? Reporter.ANONYMOUS
                : new Reporter(false, PersonalData.maskReporterName(c.name()), PersonalData.maskPhone(c.phone()),
                maskEmail(c.email()), true);
        ReportRow.Subject s = r.subject();
        var subject = new ReportSubject(s.category(), s.unitId(), s.unitName(), s.officerId(), s.officerName(),
                s.dossierCode());
        return new HotlineReport(r.id(), r.code(), r.channel(), r.receivedAt(), subject, r.description(), r.state(),
                r.assignDueDate(), r.dueDate(), timing, r.assignment(), r.answer(), r.conclusion(), r.closedAt(),
                r.reopenCount(), r.createdByName(), r.version(), reporter, !c.anonymous() && mayReveal(r, user));
    }

    /** "***@gmail.com": the provider only; the address itself through a logged reveal. */
    static String maskEmail(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : "***" + email.substring(at);
    }

    /** The assigned inspector, or an inspection leader; never the officer reported on. */
    private static boolean mayReveal(ReportRow r, AppUser user) {
        boolean aboutUser = r.subject().officerUserId() != null && r.subject().officerUserId() == user.id();
        boolean assigned = r.assignment().assigneeId() != null && r.assignment().assigneeId() == user.id();
        return !aboutUser && (assigned || user.may(Permission.REVEAL_ANY_REPORTER));
    }

    public List<HotlineRow> list(HotlineFilter filter, int offset, int limit) {
        AppUser user = currentUser.require();
        QueueDates dates = queueDates();
        WorkingCalendar cal = calendar.calendar();
        return reports.find(user.scope(), user.id(), filter, unitPath(filter), dates, offset, limit).stream()
                .map(r -> toRow(r, cal, dates.today())).toList();
    }

    private QueueDates queueDates() {
        LocalDate today = LocalDate.now(clock);
        return new QueueDates(today, HotlineRules.dueSoonLimit(calendar.calendar(), today));
    }

    /** The path of the filter's unit, checked to be in scope; refuses a period that ends before it starts. */
    private String unitPath(HotlineFilter f) {
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            throw new BusinessRuleException("period.from-after-to", VnFormats.date(f.from()), VnFormats.date(f.to()));
        }
        return f.unitId() == null ? null : reports.currentUnit(currentUser.scope(), f.unitId())
                .orElseThrow(() -> new BusinessRuleException("unit.unknown", f.unitId())).path();
    }

    private static HotlineRow toRow(ReportRow r, WorkingCalendar cal, LocalDate today) {
        LocalDate answeredOn = r.answer().answeredAt() == null ? null : r.answer().answeredAt().toLocalDate();
        HotlineState state = r.state();
        Integer left = state.awaitsAnswer() ? cal.workingDaysBetween(today, r.dueDate()) : null;
        if (left != null && r.dueDate().isBefore(today)) {
            // Due on Friday, looked at on Sunday: no working day has passed, yet it is late, not "Còn 0 ngày"
            left = Math.min(left, -1);
        }
        String summary = r.description().length() > 140 ? r.description().substring(0, 139) + "…" : r.description();
        return new HotlineRow(r.id(), r.code(), r.receivedAt(), r.channel(),
                r.subject().category(), r.subject().unitName(), r.subject().officerName(), r.subject().dossierCode(), state,
                r.dueDate(), HotlineRules.timing(cal, r.dueDate(), answeredOn, today), left, r.assignment().assigneeName(),
                r.reporter().anonymous(), r.conclusion().conclusion(),
                r.answer().satisfaction(), summary);
    }

    public int count(HotlineFilter filter) {
        AppUser user = currentUser.require();
        return reports.count(user.scope(), user.id(), filter, unitPath(filter), queueDates());
    }

    /** How many reports each queue holds for the caller (for the badges of the queue tabs). */
    public Map<HotlineQueue, Integer> queueCounts() {
        AppUser user = currentUser.require();
        return reports.queueCounts(user.scope(), user.id(), queueDates());
    }

    /** The same, narrowed like the filter (its queue aside), so each tab's count is the rows it lists. */
    public Map<HotlineQueue, Integer> queueCounts(HotlineFilter filter) {
        AppUser user = currentUser.require();
        return reports.queueCounts(user.scope(), user.id(), filter, unitPath(filter), queueDates());
    }

    public List<HotlineEvent> history(long id) {
        row(id);
        return reports.events(id);
    }

    public List<HotlineAttachment> attachments(long id) {
        row(id);
        return reports.attachments(id);
    }

    /** The file's bytes, when its report is in the caller's scope. */
    public byte[] attachmentContent(long reportId, long attachmentId) {
        row(reportId);
        return reports.attachmentContent(reportId, attachmentId)
                .orElseThrow(() -> new BusinessRuleException("hotline.attachment.unknown", attachmentId));
    }

    /** Adds files to a report (type- and size-checked). */
    @PreAuthorize("@perm.may(authentication, 'WORK_HOTLINE')")
    @Transactional
    public void attach(long id, int version, List<AttachmentUpload> files) {
        ReportRow r = locked(id);
        refuseClosed(r);
        if (files == null || files.isEmpty()) {
            throw new BusinessRuleException("hotline.attachment.none");
        }
        var checked = AttachmentRules.check(files, reports.attachmentCount(id));
        LocalDateTime now = now();
        long userId = save(r, version, Map.of(), HotlineAction.ATTACHED, fileNames(checked), List.of());
        for (var f : checked) {
            reports.addAttachment(id, f, sha256(f.content()), userId, now);
        }
    }

    /** Reports with the same phone number or dossier within the duplicate window of this one. */
    public List<DuplicateHint> duplicates(long id) {
        ReportRow r = row(id);
        AppUser user = currentUser.require();
        return reports.duplicates(user.scope(), user.id(), id, r.reporter().phone(), r.subject().dossierId(), r.receivedAt(),
                settings.duplicateDays());
    }

    /**
     * The reporter in full, for the assigned inspector or an inspection leader, never for the officer
     * reported on. Logged with the purpose given; refused for anyone else.
     */
    @Transactional
    public Reporter revealReporter(long id, String purpose) {
        AppUser user = currentUser.require();
        ReportRow r = row(id);
        if (!mayReveal(r, user)) {
            throw new AccessDeniedException("Reporter of " + r.code() + " is confidential");
        }
        if (r.reporter().anonymous()) {
            return Reporter.ANONYMOUS;
        }
        String why = HotlineRules.requiredText(purpose, HotlineRules.MAX_PURPOSE, "purpose");
        LocalDateTime now = now();
        reports.addReveal(id, user.id(), now, why);
        reports.addEvent(id, HotlineAction.REVEALED, user.id(), now, why, List.of());
        // the audit view shows reveals beside every other sensitive act; the identity itself never goes there
        audit.record(AuditEvent.of(AuditAction.REPORTER_REVEALED, "HOTLINE_REPORT", id, r.subject().unitId())
                .change(Map.of(), Map.of("code", r.code(), "purpose", why)));
        return new Reporter(false, nullToEmpty(r.reporter().name()), nullToEmpty(r.reporter().phone()),
                nullToEmpty(r.reporter().email()), false);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Inspectors (and inspection leaders) in scope that a report can be assigned to. */
    public List<Assignee> assignees() {
        return reports.assignees(currentUser.scope());
    }

    /** Corrects the category, unit, officer or dossier; a new category resets the answer deadline. */
    @PreAuthorize("@perm.may(authentication, 'WORK_HOTLINE')")
    @Transactional
    public void reclassify(long id, int version, HotlineClassification c) {
        ReportRow r = locked(id);
        refuseClosed(r);
        if (c.category() == null) {
            throw new BusinessRuleException("hotline.category.required");
        }
        Target target = target(c.unitId(), c.officerId(), c.dossierCode());
        Map<ReportColumn, Object> changes = new LinkedHashMap<>();
        List<HotlineChange> facts = new ArrayList<>();
        if (c.category() != r.subject().category()) {
            changes.put(ReportColumn.CATEGORY, c.category());
            facts.add(HotlineChange.of(HotlineField.CATEGORY, r.subject().category().name(), c.category().name()));
            if (r.state().awaitsAnswer()) {
                LocalDate due = HotlineRules.dueDate(calendar.calendar(), r.receivedAt().toLocalDate(),
                        settings.deadlineWorkingDays(c.category()));
                changes.put(ReportColumn.DUE_DATE, due);
                facts.add(HotlineChange.of(HotlineField.DUE_DATE, HotlineChange.raw(r.dueDate()),
                        HotlineChange.raw(due)));
            }
        }
        if (target.unit().id() != r.subject().unitId()) {
            changes.put(ReportColumn.UNIT_ID, target.unit().id());
            // names as they are now: the history must not follow later renamings
            facts.add(HotlineChange.of(HotlineField.UNIT, r.subject().unitName(), target.unit().name()));
        }
        if (!java.util.Objects.equals(c.officerId(), r.subject().officerId())) {
            changes.put(ReportColumn.OFFICER_ID, c.officerId());
            facts.add(HotlineChange.of(HotlineField.OFFICER, blankToNull(r.subject().officerName()), c.officerId() == null ? null
                    : reports.officerName(c.officerId(), target.unit().path()).orElse(null)));
        }
        if (!java.util.Objects.equals(target.dossierId(), r.subject().dossierId())) {
            changes.put(ReportColumn.DOSSIER_ID, target.dossierId());
            facts.add(HotlineChange.of(HotlineField.DOSSIER, blankToNull(r.subject().dossierCode()),
                    c.dossierCode() == null ? null : blankToNull(c.dossierCode().strip())));
        }
        if (changes.isEmpty()) {
            return;
        }
        save(r, version, changes, HotlineAction.EDITED, null, facts);
        if (changes.containsKey(ReportColumn.DUE_DATE)) {
            rounds.moveDue(r.id(), currentRound(r), (LocalDate) changes.get(ReportColumn.DUE_DATE));
        }
        // another unit or deadline moves the report's figures in every period it has counted in so far
        closedFigures.changedOn(r.receivedAt().toLocalDate());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Forwards the report to a unit and/or an inspector. */
    @PreAuthorize("@perm.may(authentication, 'WORK_HOTLINE')")
    @Transactional
    public void assign(long id, int version, Long unitId, Long assigneeId, String comment) {
        AppUser user = currentUser.require();
        ReportRow r = locked(id);
        if (!r.state().awaitsAnswer()) {
            throw new BusinessRuleException("hotline.state.not-allowed", r.code());
        }
        if (unitId == null && assigneeId == null) {
            throw new BusinessRuleException("hotline.assign.required");
        }
        Assignee assignee = assigneeId == null ? null : reports.assignee(user.scope(), assigneeId)
                .orElseThrow(() -> new BusinessRuleException("hotline.assignee.unknown"));
        long targetUnitId = unitId != null ? unitId : reports.unitOfUser(assigneeId);
        UnitRef unit = reports.currentUnit(user.scope(), targetUnitId)
                .orElseThrow(() -> new BusinessRuleException("unit.unknown", targetUnitId));
        String note = HotlineRules.optionalText(comment, HotlineRules.MAX_NOTE, "note");
        Map<ReportColumn, Object> changes = new LinkedHashMap<>();
        changes.put(ReportColumn.ASSIGNED_UNIT_ID, unit.id());
        changes.put(ReportColumn.ASSIGNEE_ID, assigneeId);
        changes.put(ReportColumn.ASSIGNED_AT, now());
        if (r.state() == HotlineState.RECEIVED) {
            changes.put(ReportColumn.STATE, HotlineState.ASSIGNED);
        }
        List<HotlineChange> facts = new ArrayList<>();
        facts.add(HotlineChange.set(HotlineField.HANDLING_UNIT, unit.name()));
        if (assignee != null) {
            facts.add(HotlineChange.set(HotlineField.INSPECTOR, assignee.fullName()));
        }
        save(r, version, changes, HotlineAction.ASSIGNED, note, facts);
        if (assignee != null && assignee.userId() != user.id()) {
            // Through the recipients lookup, so the assignee's e-mail is used when SMTP is configured
            Recipient to = notifications.recipients(Permission.TAKE_HOTLINE_REPORTS.roleNames(),
                            reports.unitOfUser(assignee.userId())).stream()
                    .filter(rc -> rc.userId() == assignee.userId()).findFirst()
                    .orElse(new Recipient(assignee.userId(), "", assignee.fullName(), null, unit.id(), unit.path(), "vi"));
            notifications.send(to, NotificationKind.HOTLINE, NotificationContent.of(
                    Message.of("notification.hotline-assigned.title", Value.text(r.code())),
                    Message.of("notification.hotline-assigned.body", Value.text(user.fullName()), Value.text(r.code()),
                            Value.date(r.dueDate())), note), "hotline/" + id);
        }
    }

    /** A verification note; the first one moves an assigned report into verification. */
    @PreAuthorize("@perm.may(authentication, 'WORK_HOTLINE')")
    @Transactional
    public void addNote(long id, int version, String text) {
        ReportRow r = locked(id);
        refuseClosed(r);
        HotlineState state = r.state();
        if (state == HotlineState.RECEIVED) {
            throw new BusinessRuleException("hotline.assign-first", r.code());
        }
        String note = HotlineRules.requiredText(text, HotlineRules.MAX_NOTE, "note");
        Map<ReportColumn, Object> changes = state == HotlineState.ASSIGNED
                ? Map.of(ReportColumn.STATE, HotlineState.VERIFYING) : Map.of();
        save(r, version, changes, HotlineAction.NOTE, note, List.of());
    }

    /** The answer given to the citizen. */
    @PreAuthorize("@perm.may(authentication, 'WORK_HOTLINE')")
    @Transactional
    public void answer(long id, int version, String text, HotlineChannel channel, LocalDateTime answeredAt) {
        ReportRow r = locked(id);
        HotlineState state = r.state();
        if (state == HotlineState.RECEIVED) {
            throw new BusinessRuleException("hotline.assign-first", r.code());
        }
        if (!state.awaitsAnswer()) {
            throw new BusinessRuleException("hotline.state.not-allowed", r.code());
        }
        String answer = HotlineRules.requiredText(text, HotlineRules.MAX_ANSWER, "answer");
        if (channel == null) {
            throw new BusinessRuleException("hotline.answer-channel.required");
        }
        LocalDateTime now = now();
        LocalDateTime at = answeredAt == null ? now : answeredAt.withNano(0);
        if (at.isAfter(now.plusMinutes(5)) || at.isBefore(r.receivedAt())) {
            throw new BusinessRuleException("hotline.answered.out-of-range", VnFormats.dateTime(r.receivedAt()));
        }
        Map<ReportColumn, Object> changes = new LinkedHashMap<>();
        changes.put(ReportColumn.STATE, HotlineState.ANSWERED);
        changes.put(ReportColumn.ANSWER_TEXT, answer);
        changes.put(ReportColumn.ANSWER_CHANNEL, channel);
        changes.put(ReportColumn.ANSWERED_AT, at);
        changes.put(ReportColumn.ANSWERED_BY, currentUser.require().id());
        boolean late = at.toLocalDate().isAfter(r.dueDate());
        // late or on time follows from the two facts, so the screen words it from them
        save(r, version, changes, HotlineAction.ANSWERED, answer, List.of(
                HotlineChange.set(HotlineField.DUE_DATE, HotlineChange.raw(r.dueDate())),
                HotlineChange.set(HotlineField.ANSWERED_AT, HotlineChange.raw(at))));
        rounds.answered(r.id(), currentRound(r), at);
    }

    @PreAuthorize("@perm.may(authentication, 'WORK_HOTLINE')")
    @Transactional
    public void recordSatisfaction(long id, int version, Satisfaction satisfaction) {
        ReportRow r = locked(id);
        HotlineState state = r.state();
        if (state != HotlineState.ANSWERED && state != HotlineState.CONCLUDED) {
            throw new BusinessRuleException("hotline.answer-first", r.code());
        }
        if (satisfaction == null) {
            throw new BusinessRuleException("hotline.satisfaction.required");
        }
        save(r, version, Map.of(ReportColumn.SATISFACTION, satisfaction), HotlineAction.SATISFACTION,
                null, List.of(HotlineChange.set(HotlineField.SATISFACTION, satisfaction.name())));
        rounds.satisfaction(r.id(), currentRound(r), satisfaction, now());
    }

    /** The leader's finding and the action on the officer. */
    @PreAuthorize("@perm.may(authentication, 'CONCLUDE_HOTLINE_REPORT')")
    @Transactional
    public void conclude(long id, int version, Conclusion conclusion, OfficerAction action, String note) {
        ReportRow r = locked(id);
        if (r.state() != HotlineState.ANSWERED) {
            throw new BusinessRuleException("hotline.answer-first", r.code());
        }
        if (r.answer().satisfaction() == null) {
            throw new BusinessRuleException("hotline.satisfaction-first", r.code());
        }
        if (conclusion == null) {
            throw new BusinessRuleException("hotline.conclusion.required");
        }
        OfficerAction act = action == null ? OfficerAction.NONE : action;
        if (act != OfficerAction.NONE && (r.subject().officerId() == null || !conclusion.isFounded())) {
            throw new BusinessRuleException("hotline.officer-action.not-applicable");
        }
        if (act == OfficerAction.NONE && r.subject().officerId() != null && conclusion.isFounded()) {
            throw new BusinessRuleException("hotline.officer-action.required", r.subject().officerName());
        }
        String text = HotlineRules.optionalText(note, HotlineRules.MAX_CONCLUSION_NOTE, "conclusion-note");
        Map<ReportColumn, Object> changes = new LinkedHashMap<>();
        changes.put(ReportColumn.STATE, HotlineState.CONCLUDED);
        changes.put(ReportColumn.CONCLUSION, conclusion);
        changes.put(ReportColumn.OFFICER_ACTION, act);
        changes.put(ReportColumn.CONCLUSION_NOTE, text);
        LocalDateTime concludedAt = now();
        changes.put(ReportColumn.CONCLUDED_BY, currentUser.require().id());
        changes.put(ReportColumn.CONCLUDED_AT, concludedAt);
        save(r, version, changes, HotlineAction.CONCLUDED, text, List.of(
                HotlineChange.set(HotlineField.CONCLUSION, conclusion.name()),
                HotlineChange.set(HotlineField.OFFICER_ACTION, act.name())));
        rounds.concluded(r.id(), currentRound(r), conclusion, concludedAt);
    }

    @PreAuthorize("@perm.may(authentication, 'WORK_HOTLINE')")
    @Transactional
    public void close(long id, int version) {
        ReportRow r = locked(id);
        if (r.state() != HotlineState.CONCLUDED) {
            throw new BusinessRuleException("hotline.conclude-first", r.code());
        }
        save(r, version, Map.of(ReportColumn.STATE, HotlineState.CLOSED, ReportColumn.CLOSED_AT, now()),
                HotlineAction.CLOSED, null, List.of());
    }

    /** Reopens a closed or concluded report whose citizen was not satisfied; a new deadline runs. */
    @PreAuthorize("@perm.may(authentication, 'WORK_HOTLINE')")
    @Transactional
    public void reopen(long id, int version, String reason) {
        ReportRow r = locked(id);
        HotlineState state = r.state();
        if (state.awaitsAnswer() || r.answer().satisfaction() != Satisfaction.NOT_SATISFIED) {
            throw new BusinessRuleException("hotline.reopen.not-allowed", r.code());
        }
        String why = HotlineRules.requiredText(reason, HotlineRules.MAX_NOTE, "reopen-reason");
        LocalDate due = HotlineRules.dueDate(calendar.calendar(), LocalDate.now(clock),
                settings.deadlineWorkingDays(r.subject().category()));
        Map<ReportColumn, Object> changes = new LinkedHashMap<>();
        changes.put(ReportColumn.STATE, r.assignment().assigneeId() == null && r.assignment().unitId() == null
                ? HotlineState.RECEIVED : HotlineState.VERIFYING);
        changes.put(ReportColumn.DUE_DATE, due);
        for (ReportColumn f : List.of(ReportColumn.ANSWER_TEXT, ReportColumn.ANSWER_CHANNEL, ReportColumn.ANSWERED_AT,
                ReportColumn.ANSWERED_BY, ReportColumn.SATISFACTION, ReportColumn.CONCLUSION,
                ReportColumn.OFFICER_ACTION, ReportColumn.CONCLUSION_NOTE, ReportColumn.CONCLUDED_BY,
                ReportColumn.CONCLUDED_AT, ReportColumn.CLOSED_AT)) {
            changes.put(f, null);
        }
        changes.put(ReportColumn.REOPEN_COUNT, r.reopenCount() + 1);
        List<HotlineChange> facts = new ArrayList<>();
        facts.add(HotlineChange.set(HotlineField.DUE_DATE, HotlineChange.raw(due)));
        if (r.conclusion().conclusion() != null) {
            // the finding being set aside, kept as the value the fields had before
            facts.add(HotlineChange.of(HotlineField.CONCLUSION, r.conclusion().conclusion().name(), null));
            facts.add(HotlineChange.of(HotlineField.OFFICER_ACTION,
                    r.conclusion().officerAction() == null ? null : r.conclusion().officerAction().name(), null));
        }
        save(r, version, changes, HotlineAction.REOPENED, why, facts);
        // the round that ends keeps its deadline, answer and finding: earlier periods still count them
        rounds.reopen(r.id(), currentRound(r), now(), due);
    }

    /** The round the report's row describes: the first, or the one its last reopening began. */
    private static int currentRound(ReportRow r) {
        return r.reopenCount() + 1;
    }

    /** Reads the report under its row lock, so two changes to it run one after the other. */
    private ReportRow locked(long id) {
        reports.lockVersion(id).orElseThrow(() -> new BusinessRuleException("hotline.unknown", id));
        return row(id);
    }

    private static void refuseClosed(ReportRow r) {
        if (r.state() == HotlineState.CLOSED) {
            throw new BusinessRuleException("hotline.closed", r.code());
        }
    }

    /**
     * Saves the changes if the caller read the current version, and records the step; otherwise
     * refuses naming who saved meanwhile, and nothing is written. Returns the caller's user id.
     */
    private long save(ReportRow r, int version, Map<ReportColumn, Object> changes, HotlineAction action, String details,
                      List<HotlineChange> facts) {
        AppUser user = currentUser.require();
        LocalDateTime now = now();
        if (version != r.version() || !reports.update(r.id(), version, changes, user.id(), now)) {
            throw new BusinessRuleException("hotline.changed-meanwhile", r.code(), r.updatedByName(),
                    VnFormats.dateTime(r.updatedAt()));
        }
        reports.addEvent(r.id(), action, user.id(), now, details, facts);
        return user.id();
    }

    private static String fileNames(List<AttachmentRules.CheckedFile> files) {
        return String.join("\n", files.stream().map(AttachmentRules.CheckedFile::fileName).toList());
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
