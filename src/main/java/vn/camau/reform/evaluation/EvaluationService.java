package vn.camau.reform.evaluation;


import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.text.TextRules;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.evaluation.query.OfficerEvidenceQuery;
import vn.camau.reform.evaluation.repository.EvaluationRepository;
import vn.camau.reform.evaluation.repository.EvaluationRepository.Reader;
import vn.camau.reform.evaluation.repository.EvaluationRow;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;

/**
 * Civil-servant ratings (DOMAIN §8): HR opens a unit's cycle; each officer assesses themselves, their
 * direct manager proposes, HR reviews, the head of the unit approves, and the rating is locked. Each
 * step may send it back with a comment. A rating is seen only by the officer, their manager, and HR
 * and leaders whose unit holds the officer's.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class EvaluationService {

    public static final int MAX_COMMENT = 4000;

    private final EvaluationRepository evaluations;
    private final OfficerEvidenceQuery evidence;
    private final CalendarService calendar;
    private final CurrentUser currentUser;
    private final Clock clock;

    EvaluationService(EvaluationRepository evaluations, OfficerEvidenceQuery evidence, CalendarService calendar,
                      CurrentUser currentUser, Clock clock) {
        this.evaluations = evaluations;
        this.evidence = evidence;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    public List<RuleSet> ruleSets() {
        return evaluations.ruleSets();
    }

    /** The rules in force on the first day of a period. */
    public RuleSet ruleSetFor(LocalDate periodStart) {
        return ruleSets().stream().filter(r -> r.appliesOn(periodStart)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("evaluation.no-rules", VnFormats.date(periodStart)));
    }

    /**
     * Opens a unit's rating round for a period and creates a rating awaiting self-assessment for each
     * active officer of the unit.
     */
    @PreAuthorize("@perm.may(authentication, 'OPEN_EVALUATION_CYCLE')")
    @Transactional
    public long openCycle(long unitId, Frequency frequency, LocalDate periodStart) {
        AppUser user = currentUser.require();
        String path = evaluations.currentUnitPath(unitId).filter(p -> user.scope().includes(p))
                .orElseThrow(() -> new BusinessRuleException("unit.unknown", unitId));
        if (frequency == null || periodStart == null) {
            throw new BusinessRuleException("evaluation.period.required");
        }
        LocalDate end = periodEnd(frequency, periodStart);
        if (periodStart.isAfter(today())) {
            throw new BusinessRuleException("evaluation.period.future", VnFormats.date(periodStart));
        }
        RuleSet rules = ruleSetFor(periodStart);
        if (!rules.frequencies().contains(frequency) || !rules.appliesOn(end)) {
            throw new BusinessRuleException("evaluation.frequency.not-allowed", rules.name());
        }
        if (evaluations.cycleExists(unitId, frequency, periodStart)) {
            throw new BusinessRuleException("evaluation.cycle.exists");
        }
        WorkingCalendar cal = calendar.calendar();
        LocalDate approveBy = rules.annualDeadlineDay() != null && frequency == Frequency.ANNUAL
                ? MonthDay.of(12, rules.annualDeadlineDay()).atYear(end.getYear())
                : cal.addWorkingDays(end, 15);
        LocalDate selfBy = rules.annualDeadlineDay() != null && frequency == Frequency.ANNUAL
                ? cal.addWorkingDays(approveBy, -10) : cal.addWorkingDays(end, 5);
        long id = evaluations.insertCycle(unitId, rules.id(), frequency, periodStart, end, selfBy, approveBy,
                user.id(), now());
        if (evaluations.insertEvaluations(id, unitId) == 0) {
            throw new BusinessRuleException("evaluation.cycle.no-officers");
        }
        return id;
    }

    /** The last day of a period that starts on a month, quarter or year boundary; refuses any other start. */
    static LocalDate periodEnd(Frequency frequency, LocalDate start) {
        boolean aligned = switch (frequency) {
            case MONTHLY -> start.getDayOfMonth() == 1;
            case QUARTERLY -> start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0;
            case ANNUAL -> start.getDayOfYear() == 1;
        };
        if (!aligned) {
            throw new BusinessRuleException("evaluation.period.misaligned");
        }
        int months = switch (frequency) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case ANNUAL -> 12;
        };
        return start.plusMonths(months).minusDays(1);
    }

    /** Cycles of the units in scope under a unit (the caller's own when null). */
    @PreAuthorize("@perm.may(authentication, 'READ_EVALUATIONS')")
    public List<EvaluationCycle> cycles(Long unitId) {
        AppUser user = currentUser.require();
        String focus = unitId == null ? user.scope().path() : evaluations.currentUnitPath(unitId)
                .filter(p -> user.scope().includes(p))
                .orElseThrow(() -> new BusinessRuleException("unit.unknown", unitId));
        return evaluations.cycles(user.scope(), focus, ruleSets());
    }

    /**
     * The open rounds under a unit, with how far their ratings have got: counts only, for the monthly
     * report, which reads them without a user behind it (UnitReading) as well as for one.
     */
    @PreAuthorize("@perm.may(authentication, 'READ_MONTHLY_REPORTS')")
    public List<EvaluationCycle> openCyclesUnder(long unitId) {
        var scope = currentUser.scope();
        String focus = evaluations.currentUnitPath(unitId).filter(scope::includes)
                .orElseThrow(() -> new BusinessRuleException("unit.unknown", unitId));
        return evaluations.cycles(scope, focus, ruleSets()).stream().filter(EvaluationCycle::open).toList();
    }

    /** The cycle's ratings that the caller may read. */
    public List<Evaluation> ofCycle(long cycleId) {
        return evaluations.ofCycle(cycleId, readable()).stream().map(this::toEvaluation).toList();
    }

    /** The caller's own ratings, as the officer rated. */
    public List<Evaluation> mine() {
        return evaluations.ofUser(currentUser.require().id()).stream().map(this::toEvaluation).toList();
    }

    /**
     * The ratings of the officers the caller manages directly: the proposals that are theirs to make.
     * A manager is often an officer without a role that opens the cycles screen, so this is where they
     * find them.
     */
    public List<Evaluation> managed() {
        return evaluations.ofManager(currentUser.require().id()).stream().map(this::toEvaluation).toList();
    }

    /**
     * A cycle's period, rules and progress, for whoever may read one of its ratings, or for HR and
     * leaders whose scope holds its unit.
     */
    public Optional<EvaluationCycle> cycle(long cycleId) {
        AppUser user = currentUser.require();
        Reader reader = readable();
        return evaluations.cycle(cycleId, ruleSets()).filter(c -> reader.hrOrLeader()
                && evaluations.currentUnitPath(c.unitId()).filter(p -> user.scope().includes(p)).isPresent()
                || evaluations.anyReadable(cycleId, reader));
    }

    /**
     * The steps the caller may take on the rating now, so a screen offers only those; each step
     * method checks the same again. Empty when the rating is unreadable, approved or its cycle closed.
     */
    public Set<EvaluationAction> actions(long id) {
        AppUser user = currentUser.require();
        Optional<EvaluationRow> found = evaluations.find(id, readable());
        if (found.isEmpty() || !found.get().cycle().open()) {
            return Set.of();
        }
        EvaluationRow r = found.get();
        EvaluationState state = r.state();
        Set<EvaluationAction> actions = EnumSet.noneOf(EvaluationAction.class);
        if (state == EvaluationState.AWAITING_SELF && maySelfAssess(r, user)) {
            actions.add(EvaluationAction.SELF_ASSESSED);
        }
        boolean proposable = state == EvaluationState.SELF_ASSESSED
                || state == EvaluationState.AWAITING_SELF && today().isAfter(r.cycle().selfDeadline());
        if (proposable && mayPropose(r, user)) {
            actions.add(EvaluationAction.PROPOSED);
        }
        if (state == EvaluationState.PROPOSED && mayReview(r, user)) {
            actions.add(EvaluationAction.REVIEWED);
        }
        if (state == EvaluationState.REVIEWED && mayApprove(r, user)) {
            actions.add(EvaluationAction.APPROVED);
        }
        if (mayReturn(r, user, state)) {
            actions.add(EvaluationAction.RETURNED);
        }
        return actions;
    }

    private static boolean maySelfAssess(EvaluationRow r, AppUser user) {
        return user.may(Permission.SELF_ASSESS) && isOfficer(r, user);
    }

    /** A unit's head: approves the round, and stands in for a manager who is not recorded. */
    private static boolean isLeader(AppUser user) {
        return user.may(Permission.APPROVE_EVALUATION);
    }

    /** The direct manager, or a leader over the officer's unit when no manager is recorded; never the officer. */
    private static boolean mayPropose(EvaluationRow r, AppUser user) {
        boolean manager = r.managerUserId() != null && r.managerUserId() == user.id();
        boolean unitLeader = r.managerUserId() == null && isLeader(user) && user.scope().includes(r.officerUnitPath());
        return (manager || unitLeader) && !isOfficer(r, user);
    }

    private static boolean mayReview(EvaluationRow r, AppUser user) {
        return user.may(Permission.REVIEW_EVALUATION) && user.scope().includes(r.officerUnitPath()) && !isOfficer(r, user);
    }

    private static boolean mayApprove(EvaluationRow r, AppUser user) {
        return isLeader(user) && user.unitId() == r.cycle().unitId() && !isOfficer(r, user);
    }

    /** Who sends a rating back from where it stands: the manager, HR, the head; nobody their own. */
    private static boolean mayReturn(EvaluationRow r, AppUser user, EvaluationState state) {
        boolean allowed = switch (state) {
            case SELF_ASSESSED -> r.managerUserId() != null ? r.managerUserId() == user.id()
                    : isLeader(user) && user.scope().includes(r.officerUnitPath());
            case PROPOSED -> user.may(Permission.REVIEW_EVALUATION) && user.scope().includes(r.officerUnitPath());
            case REVIEWED -> isLeader(user) && user.unitId() == r.cycle().unitId();
            default -> false;
        };
        return allowed && !isOfficer(r, user);
    }

    /** Whether the caller is an officer on record, so an empty "my evaluations" can say why. */
    public boolean linkedToOfficer() {
        return evaluations.officerLinked(currentUser.require().id());
    }

    public Optional<Evaluation> find(long id) {
        return evaluations.find(id, readable()).map(this::toEvaluation);
    }

    /** The records beside the rating, read when asked and editable by nobody. */
    public OfficerEvidence evidence(long id) {
        EvaluationRow r = row(id);
        return evidence.evidence(r.officerId(), r.cycle().periodStart(), r.cycle().periodEnd(), today(),
                currentUser.require().id());
    }

    public List<EvaluationStep> history(long id) {
        row(id);
        return evaluations.steps(id);
    }

    private Reader readable() {
        AppUser user = currentUser.require();
        return new Reader(user.id(), user.scope(), user.may(Permission.READ_EVALUATIONS));
    }

    private EvaluationRow row(long id) {
        return evaluations.find(id, readable()).orElseThrow(() -> new BusinessRuleException("evaluation.unknown", id));
    }

    /** Reads the rating under its row lock and refuses any change once approved or when its cycle closed. */
    private EvaluationRow locked(long id) {
        evaluations.lock(id);
        EvaluationRow r = row(id);
        if (r.state() == EvaluationState.APPROVED) {
            throw new BusinessRuleException("evaluation.locked", r.officerName());
        }
        if (!r.cycle().open()) {
            throw new BusinessRuleException("evaluation.cycle.closed");
        }
        return r;
    }

    private void expectState(EvaluationRow r, EvaluationState... allowed) {
        EvaluationState s = r.state();
        for (EvaluationState a : allowed) {
            if (a == s) {
                return;
            }
        }
        throw new BusinessRuleException("evaluation.out-of-order", r.officerName());
    }

    private static void changed(boolean saved) {
        if (!saved) {
            throw new BusinessRuleException("evaluation.changed-meanwhile");
        }
    }

    private RuleSet rules(EvaluationRow r) {
        return ruleSets().stream().filter(s -> s.id() == r.cycle().ruleSetId()).findFirst().orElseThrow();
    }

    private boolean disciplined(EvaluationRow r) {
        return evaluations.disciplined(r.officerId(), r.cycle().periodEnd().getYear());
    }

    /** The level a form gives: from the points under scored rules, else as chosen; capped by discipline. */
    private Scored score(EvaluationRow r, ScoreForm form) {
        RuleSet rules = rules(r);
        boolean disciplined = disciplined(r);
        if (rules.scored()) {
            BigDecimal total = EvaluationRules.total(rules, form.general(), form.task());
            return new Scored(form.general(), form.task(), EvaluationRules.level(rules, total, disciplined));
        }
        return new Scored(null, null, EvaluationRules.chosenLevel(rules, form.level(), disciplined));
    }

    private record Scored(BigDecimal general, BigDecimal task, RatingLevel level) {
    }

    private static String comment(String text, boolean required) {
        String t = java.util.Objects.requireNonNullElse(TextRules.clean(text, true), "");
        if (t.isEmpty()) {
            if (required) {
                throw new BusinessRuleException("evaluation.comment.required");
            }
            return null;
        }
        if (t.length() > MAX_COMMENT) {
            throw new BusinessRuleException("evaluation.comment.too-long", MAX_COMMENT);
        }
        return t;
    }

    /** The officer's own assessment; nobody else may write it. */
    @PreAuthorize("@perm.may(authentication, 'SELF_ASSESS')")
    @Transactional
    public void selfAssess(long id, int version, ScoreForm form) {
        AppUser user = currentUser.require();
        EvaluationRow r = locked(id);
        if (!isOfficer(r, user)) {
            throw new AccessDeniedException("Only the officer assesses themselves");
        }
        expectState(r, EvaluationState.AWAITING_SELF);
        Scored s = score(r, form);
        String text = comment(form.comment(), false);
        changed(evaluations.selfAssess(id, version, s.general(), s.task(), s.level(), text, now()));
        evaluations.addStep(id, EvaluationAction.SELF_ASSESSED, user.id(), now(), text);
    }

    /**
     * The direct manager's proposal (a leader of the officer's unit when no manager is recorded).
     * After the self-assessment deadline it may go ahead without one, and the history says so.
     */
    @Transactional
    public void propose(long id, int version, ScoreForm form) {
        AppUser user = currentUser.require();
        EvaluationRow r = locked(id);
        if (!mayPropose(r, user)) {
            throw new AccessDeniedException("Only the direct manager proposes");
        }
        boolean noSelf = r.state() == EvaluationState.AWAITING_SELF;
        if (noSelf && !today().isAfter(r.cycle().selfDeadline())) {
            throw new BusinessRuleException("evaluation.awaiting-self", r.officerName(),
                    VnFormats.date(r.cycle().selfDeadline()));
        }
        expectState(r, EvaluationState.SELF_ASSESSED, EvaluationState.AWAITING_SELF);
        Scored s = score(r, form);
        String text = comment(form.comment(), false);
        changed(evaluations.propose(id, version, s.general(), s.task(), s.level(), text, user.id(), now()));
        evaluations.addStep(id, EvaluationAction.PROPOSED, user.id(), now(), noSelf, text);
    }

    private static boolean isOfficer(EvaluationRow r, AppUser user) {
        return r.officerUserId() != null && r.officerUserId() == user.id();
    }

    /** HR's review of the proposal, for officers in HR's scope. */
    @PreAuthorize("@perm.may(authentication, 'REVIEW_EVALUATION')")
    @Transactional
    public void review(long id, int version, String comment) {
        AppUser user = currentUser.require();
        EvaluationRow r = locked(id);
        if (!mayReview(r, user)) {
            throw new AccessDeniedException("HR reviews officers of its scope, not itself");
        }
        expectState(r, EvaluationState.PROPOSED);
        String text = comment(comment, false);
        changed(evaluations.review(id, version, text, user.id(), now()));
        evaluations.addStep(id, EvaluationAction.REVIEWED, user.id(), now(), text);
    }

    /**
     * The head of the cycle's unit approves the proposed level, within the unit's excellent quota and
     * the discipline cap; the rating is locked from then on.
     */
    @PreAuthorize("@perm.may(authentication, 'APPROVE_EVALUATION')")
    @Transactional
    public void approve(long id, int version, String comment) {
        AppUser user = currentUser.require();
        EvaluationRow r = locked(id);
        if (!mayApprove(r, user)) {
            throw new AccessDeniedException("Only the head of the unit approves, and not their own rating");
        }
        expectState(r, EvaluationState.REVIEWED);
        RuleSet rules = rules(r);
        BigDecimal total = rules.scored() ? r.proposal().general().add(r.proposal().task()) : null;
        RatingLevel level = rules.scored() ? EvaluationRules.level(rules, total, disciplined(r))
                : EvaluationRules.chosenLevel(rules, r.proposal().level(), disciplined(r));
        if (level == RatingLevel.EXCELLENT) {
            // This rating's proposal is already among the good or better
            var base = evaluations.quotaBase(r.cycle().id());
            EvaluationRules.checkQuota(rules, base.approvedExcellent() + 1, base.goodOrBetter());
        }
        String text = comment(comment, false);
        changed(evaluations.approve(id, version, level, total, user.id(), now()));
        evaluations.addStep(id, EvaluationAction.APPROVED, user.id(), now(), text);
    }

    /**
     * Sends the rating back one step with a comment: the manager to the officer, HR to the manager,
     * the head to the manager.
     */
    @Transactional
    public void returnForRevision(long id, int version, String comment) {
        AppUser user = currentUser.require();
        EvaluationRow r = locked(id);
        EvaluationState state = r.state();
        if (state == EvaluationState.AWAITING_SELF) {
            throw new BusinessRuleException("evaluation.out-of-order", r.officerName());
        }
        if (!mayReturn(r, user, state)) {
            throw new AccessDeniedException("Not this step's reviewer");
        }
        String text = comment(comment, true);
        changed(evaluations.returnTo(id, version, state.returnedTo(), text));
        evaluations.addStep(id, EvaluationAction.RETURNED, user.id(), now(), text);
    }

    private Evaluation toEvaluation(EvaluationRow r) {
        EvaluationRow.SelfAssessment self = r.selfAssessment();
        EvaluationRow.Proposal proposal = r.proposal();
        return new Evaluation(r.id(), r.cycle().id(), r.officerId(), r.officerName(), r.position(), r.officerUnitId(),
                r.officerUnitName(), r.managerName(), r.state(),
                entry(self.general(), self.task(), self.level(), self.comment(), r.officerName(), self.at()),
                entry(proposal.general(), proposal.task(), proposal.level(), proposal.comment(),
                        proposal.byName(), proposal.at()),
                r.review(), r.approval(), r.returnComment(), disciplined(r), r.version());
    }

    private static Evaluation.Entry entry(BigDecimal general, BigDecimal task, RatingLevel level, String comment,
                                          String by, LocalDateTime at) {
        if (level == null) {
            return null;
        }
        return new Evaluation.Entry(general, task, general == null ? null : general.add(task),
                level, comment, by, at);
    }
}
