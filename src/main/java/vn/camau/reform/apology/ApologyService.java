package vn.camau.reform.apology;


import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.text.TextRules;
import vn.camau.reform.apology.repository.ApologyRepository;
import vn.camau.reform.adminunit.UnitRef;
import vn.camau.reform.apology.repository.LateDossier;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.PersonalData;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.DossierTiming;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.notification.NotificationContent;
import vn.camau.reform.notification.NotificationContent.Message;
import vn.camau.reform.notification.NotificationContent.Value;
import vn.camau.reform.notification.NotificationKind;
import vn.camau.reform.notification.NotificationService;
import vn.camau.reform.notification.Recipient;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.UnitScope;

/**
 * The apology workflow of DOMAIN §6: a draft started from a late dossier, approved and signed by
 * the head of the agency at fault, sent to the applicant, published. The new appointment date is
 * fixed once signed; a dossier has one apology, so the date moves only once.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ApologyService {

    private final ApologyRepository apologies;
    private final ApologySettings settings;
    private final ReportUnits reportUnits;
    private final CalendarService calendar;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApologyService(ApologyRepository apologies, ApologySettings settings, ReportUnits reportUnits,
                   CalendarService calendar, NotificationService notifications, CurrentUser currentUser,
                   Clock clock) {
        this.apologies = apologies;
        this.settings = settings;
        this.reportUnits = reportUnits;
        this.calendar = calendar;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The form for a new apology, pre-filled from the dossier; refused when the dossier owes none. */
    public ApologyDraft draftFor(String dossierCode) {
        LateDossier d = dossier(dossierCode);
        refuseSecond(d);
        LocalDate today = today();
        WorkingCalendar cal = calendar.calendar();
        boolean overdue = isLate(d, today);
        if (!overdue && !d.isOpen()) {
            throw new BusinessRuleException("apology.dossier-not-late", d.code());
        }
        LocalDate end = d.finishedAt() != null ? d.finishedAt().toLocalDate() : today;
        LocalDate newDate = cal.addWorkingDays(today, 3);
        if (!newDate.isAfter(d.dueDate())) {
            newDate = cal.addWorkingDays(d.dueDate(), 1);
        }
        String reason = d.responsibleStep() == null ? ""
                : "Hồ sơ chậm ở bước “" + d.responsibleStep() + "”.";
        return new ApologyDraft(d.code(), d.procedureName(), d.handlingUnitName(),
                PersonalData.maskName(d.applicantName()), d.receivedAt(), d.dueDate(), overdue,
                overdue ? DossierTiming.workingDaysLate(cal, d.dueDate(), end) : 0, d.responsibleStep(),
                d.responsibleUnitId() != null ? d.responsibleUnitId() : d.handlingUnitId(), reason, newDate,
                channelFor(d), ApologyRules.issueDeadline(cal, d.dueDate(), settings.leadWorkingDays()));
    }

    private static DeliveryChannel channelFor(LateDossier d) {
        return switch (d.channel()) {
            case IN_PERSON -> DeliveryChannel.DESK;
            case POSTAL -> DeliveryChannel.POST;
            default -> d.applicantEmail() != null && !d.applicantEmail().isBlank() ? DeliveryChannel.EMAIL
                    : DeliveryChannel.SMS;
        };
    }

    /** Late: its due date passed before it finished (today, or when it finished). */
    private static boolean isLate(LateDossier d, LocalDate today) {
        return d.unmetDueDate() != null && d.unmetDueDate().isBefore(today);
    }

    private LateDossier dossier(String code) {
        String c = code == null ? "" : code.strip();
        return apologies.findDossier(currentUser.scope(), c)
                .orElseThrow(() -> new BusinessRuleException("dossier.unknown", c));
    }

    /** A dossier has one apology: its new date, once signed, is never set again. */
    private void refuseSecond(LateDossier d) {
        apologies.idForDossier(d.id()).ifPresent(id -> {
            Apology existing = apologies.find(currentUser.scope(), id, today()).orElseThrow();
            throw existing.state().isSigned()
                    ? new BusinessRuleException("apology.new-date-once", d.code(),
                    VnFormats.date(existing.newDueDate()))
                    : new BusinessRuleException("apology.draft-exists", d.code());
        });
    }

    @PreAuthorize("@perm.may(authentication, 'DRAFT_APOLOGY')")
    @Transactional
    public long create(ApologyForm form) {
        LateDossier d = dossier(form.dossierCode());
        LocalDate today = today();
        boolean late = isLate(d, today);
        if (!late && !(d.isOpen() && form.declaredLate())) {
            throw new BusinessRuleException("apology.dossier-not-late", d.code());
        }
        refuseSecond(d);
        Checked c = check(form, d.dueDate(), today);
        AppUser user = currentUser.require();
        long id = apologies.insert(d.id(), c.unit().id(), c.reason(), d.dueDate(), form.newDueDate(), form.channel(),
                !late, user.id(), LocalDateTime.now(clock));
        apologies.addStep(id, ApologyAction.CREATED, user.id(), LocalDateTime.now(clock), null, null);
        // the reason is the drafter's own words, kept as typed on a line of its own
        notifyLeaders(c.unit().id(), NotificationContent.of(
                Message.of("notification.apology-to-sign.title", Value.text(d.code())),
                Message.of("notification.apology-to-sign.body", Value.text(user.fullName()), Value.text(d.code()),
                        Value.date(d.dueDate()), Value.date(form.newDueDate())), c.reason()), id);
        return id;
    }

    private record Checked(UnitRef unit, String reason) {
    }

    private Checked check(ApologyForm form, LocalDate originalDueDate, LocalDate today) {
        String reason = ApologyRules.reason(form.reason());
        ApologyRules.checkNewDueDate(calendar.calendar(), form.newDueDate(), originalDueDate, today);
        if (form.channel() == null) {
            throw new BusinessRuleException("apology.channel.required");
        }
        if (form.faultUnitId() == null) {
            throw new BusinessRuleException("apology.unit.required");
        }
        UnitRef unit = apologies.faultUnit(form.faultUnitId())
                .orElseThrow(() -> new BusinessRuleException("unit.unknown", form.faultUnitId()));
        return new Checked(unit, reason);
    }

    /** Changes a draft (or a returned one, which goes back to draft). A signed apology is final. */
    @PreAuthorize("@perm.may(authentication, 'DRAFT_APOLOGY')")
    @Transactional
    public void update(long id, int version, ApologyForm form) {
        Apology a = lockedApology(id);
        if (a.state().isSigned()) {
            throw form.newDueDate() != null && !form.newDueDate().equals(a.newDueDate())
                    ? new BusinessRuleException("apology.new-date-once", a.dossier().code(), VnFormats.date(a.newDueDate()))
                    : new BusinessRuleException("apology.not-editable", a.dossier().code());
        }
        Checked c = check(form, a.originalDueDate(), today());
        if (!apologies.updateDraft(id, version, c.unit().id(), c.reason(), form.newDueDate(), form.channel())) {
            throw new BusinessRuleException("apology.changed-meanwhile");
        }
        apologies.addStep(id, ApologyAction.EDITED, currentUser.require().id(), LocalDateTime.now(clock), null, null);
    }

    /** Reads the apology under its row lock, so two steps on it run one after the other. */
    private Apology lockedApology(long id) {
        apologies.lockState(id);
        return apologies.find(currentUser.scope(), id, today())
                .orElseThrow(() -> new BusinessRuleException("apology.unknown", id));
    }

    /** The head of the agency at fault (or the province's leaders) may return or sign. */
    private UnitRef signerUnit(Apology a) {
        UnitRef unit = apologies.faultUnit(a.faultUnitId()).orElseThrow();
        if (!currentUser.scope().includes(unit.path())) {
            throw new BusinessRuleException("apology.signer-outside-unit", a.faultUnitName());
        }
        return unit;
    }

    @PreAuthorize("@perm.may(authentication, 'SIGN_APOLOGY')")
    @Transactional
    public void returnDraft(long id, int version, String comment) {
        String text = java.util.Objects.requireNonNullElse(TextRules.clean(comment, true), "");
        if (text.isEmpty()) {
            throw new BusinessRuleException("apology.comment.required");
        }
        if (text.length() > ApologyRules.COMMENT_MAX_LENGTH) {
            throw new BusinessRuleException("apology.comment.too-long", ApologyRules.COMMENT_MAX_LENGTH);
        }
        Apology a = lockedApology(id);
        if (a.state() != ApologyState.DRAFT) {
            throw new BusinessRuleException("apology.wrong-state", a.dossier().code());
        }
        signerUnit(a);
        if (!apologies.returnDraft(id, version, text)) {
            throw new BusinessRuleException("apology.changed-meanwhile");
        }
        apologies.addStep(id, ApologyAction.RETURNED, currentUser.require().id(), LocalDateTime.now(clock), null, text);
    }

    /**
     * Approves and signs: the letter gets the unit's next number of the year and today's date, and
     * whether it was in time is fixed under the lead-time rule in force today.
     */
    @PreAuthorize("@perm.may(authentication, 'SIGN_APOLOGY')")
    @Transactional
    public void approve(long id, int version, String signerTitle) {
        Apology a = lockedApology(id);
        if (a.state() != ApologyState.DRAFT) {
            throw new BusinessRuleException("apology.wrong-state", a.dossier().code());
        }
        UnitRef unit = signerUnit(a);
        LocalDate today = today();
        WorkingCalendar cal = calendar.calendar();
        // The date was checked when drafted; by signing day it may have passed
        ApologyRules.checkNewDueDate(cal, a.newDueDate(), a.originalDueDate(), today);
        AppUser signer = currentUser.require();
        int seq = apologies.nextNumber(unit.id(), today.getYear());
        String title = java.util.Objects.requireNonNullElse(TextRules.clean(signerTitle, false), defaultTitle(unit));
        if (!apologies.approve(id, version, today.getYear(), seq, seq + "/PXL", signer.fullName(), title, today,
                ApologyRules.issueDeadline(cal, a.originalDueDate(), settings.leadWorkingDays()))) {
            throw new BusinessRuleException("apology.changed-meanwhile");
        }
        apologies.addStep(id, ApologyAction.APPROVED, signer.id(), LocalDateTime.now(clock), null, null);
    }

    /** Who signs for a unit of this level, as the letter's signature block names them. */
    static String defaultTitle(UnitRef unit) {
        return switch (unit.level()) {
            case PROVINCE, COMMUNE, DISTRICT -> "Chủ tịch";
            case AGENCY -> "Giám đốc";
            default -> "Thủ trưởng cơ quan";
        };
    }

    @PreAuthorize("@perm.may(authentication, 'DRAFT_APOLOGY')")
    @Transactional
    public void markSent(long id, int version, DeliveryChannel channel) {
        Apology a = lockedApology(id);
        if (a.state() != ApologyState.APPROVED) {
            throw new BusinessRuleException("apology.wrong-state", a.dossier().code());
        }
        DeliveryChannel via = channel == null ? a.delivery().channel() : channel;
        if (!apologies.markSent(id, version, via, LocalDateTime.now(clock))) {
            throw new BusinessRuleException("apology.changed-meanwhile");
        }
        apologies.addStep(id, ApologyAction.SENT, currentUser.require().id(), LocalDateTime.now(clock), via, null);
    }

    @PreAuthorize("@perm.may(authentication, 'DRAFT_APOLOGY')")
    @Transactional
    public void publish(long id, int version, String where) {
        String text = java.util.Objects.requireNonNullElse(TextRules.clean(where, false), "");
        if (text.isEmpty()) {
            throw new BusinessRuleException("apology.published-where.required");
        }
        if (text.length() > ApologyRules.PUBLISHED_WHERE_MAX_LENGTH) {
            throw new BusinessRuleException("apology.published-where.too-long", ApologyRules.PUBLISHED_WHERE_MAX_LENGTH);
        }
        Apology a = lockedApology(id);
        if (a.state() != ApologyState.SENT) {
            throw new BusinessRuleException("apology.wrong-state", a.dossier().code());
        }
        if (!apologies.markPublished(id, version, text, LocalDateTime.now(clock))) {
            throw new BusinessRuleException("apology.changed-meanwhile");
        }
        apologies.addStep(id, ApologyAction.PUBLISHED, currentUser.require().id(), LocalDateTime.now(clock), null,
                text);
    }

    /**
     * The apology already made for a dossier in the user's scope: a link to draft one (from the late
     * alerts) opens that one instead, since a dossier has at most one.
     */
    public Optional<Long> idForDossier(String dossierCode) {
        String c = dossierCode == null ? "" : dossierCode.strip();
        return apologies.findDossier(currentUser.scope(), c)
                .flatMap(d -> apologies.idForDossier(d.id()))
                .filter(id -> apologies.find(currentUser.scope(), id, today()).isPresent());
    }

    /**
     * The title the signing dialog offers, as {@link #approve} would default it for the apology's
     * agency at fault; empty when the apology is not in scope or its agency no longer exists.
     */
    public Optional<String> defaultSignerTitle(long id) {
        return apology(id).flatMap(a -> apologies.faultUnit(a.faultUnitId())).map(ApologyService::defaultTitle);
    }

    public Optional<Apology> apology(long id) {
        return apologies.find(currentUser.scope(), id, today());
    }

    public List<ApologyStep> history(long id) {
        return apology(id).map(a -> apologies.steps(a.id())).orElse(List.of());
    }

    public int count(ApologyFilter filter) {
        return apologies.count(currentUser.scope(), focusPath(filter.unitId()), filter, today());
    }

    public List<Apology> find(ApologyFilter filter, int offset, int limit) {
        return apologies.find(currentUser.scope(), focusPath(filter.unitId()), filter, today(), offset, limit);
    }

    /** The public list of a unit in scope: apologies published in the period, names masked. */
    public List<PublishedApology> published(long unitId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessRuleException("period.from-after-to", VnFormats.date(from), VnFormats.date(to));
        }
        return apologies.published(currentUser.scope(), focusPath(unitId), from, to);
    }

    private String focusPath(Long unitId) {
        UnitScope scope = currentUser.scope();
        return unitId == null ? scope.path() : reportUnits.unit(unitId).reportPath();
    }

    private void notifyLeaders(long unitId, NotificationContent content, long apologyId) {
        for (Recipient r : notifications.recipients(List.of(Roles.UNIT_LEADER), unitId)) {
            notifications.send(r, NotificationKind.APOLOGY, content, "apologies/" + apologyId);
        }
    }
}
