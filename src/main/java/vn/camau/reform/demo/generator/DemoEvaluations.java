package vn.camau.reform.demo.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.evaluation.CycleState;
import vn.camau.reform.evaluation.DisciplineForm;
import vn.camau.reform.evaluation.EvaluationAction;
import vn.camau.reform.evaluation.EvaluationRules;
import vn.camau.reform.evaluation.EvaluationState;
import vn.camau.reform.evaluation.Frequency;
import vn.camau.reform.evaluation.RatingLevel;
import vn.camau.reform.evaluation.RuleSet;

/**
 * Civil-servant ratings for the demo (DOMAIN §8), planned in plain Java from a seed: direct managers
 * (the head of each unit's office manages its staff), a discipline decision or two for officers whose
 * hotline findings went that far, last year's annual round completed and approved in every commune,
 * ward and agency, and the last finished quarter's round under way with a mix of states. Levels come
 * from {@link EvaluationRules} (points under scored rules; the discipline cap; the excellent quota),
 * so the demo holds nothing the workflow would refuse.
 */
public final class DemoEvaluations {

    /** Positions that head a unit's staff; the first of these in a unit manages the others. */
    private static final List<String> HEADS = List.of("Chủ tịch UBND", "Trưởng phòng", "Phó Giám đốc Trung tâm");

    private static final List<String> SELF_COMMENTS = List.of(
            "Hoàn thành đầy đủ nhiệm vụ được giao, hồ sơ giải quyết đúng hạn.",
            "Chấp hành tốt nội quy, quy chế làm việc; còn một số hồ sơ phải bổ sung nhiều lần.",
            "Chủ động tham mưu, phối hợp tốt với các bộ phận liên quan.",
            "Tiếp nhận và trả kết quả đúng quy trình, thái độ phục vụ tận tình.");
    private static final List<String> PROPOSAL_COMMENTS = List.of(
            "Thống nhất với kết quả tự đánh giá.",
            "Điều chỉnh điểm kết quả thực hiện nhiệm vụ theo số hồ sơ trễ hạn trong kỳ.",
            "Cần cải thiện thời gian thẩm định hồ sơ.",
            "Hoàn thành tốt các nhiệm vụ được giao.");

    /** An active officer of a current commune, ward or agency. */
    public record Officer(long id, long unitId, String position, Long userId) {
    }

    /** A founded hotline finding against an officer, as the demo's hotline concluded it. */
    public record Finding(long officerId, String reportCode, LocalDateTime concludedAt, boolean discipline) {
    }

    /** Who acts for whom: the accounts the demo has. */
    public record Accounts(long admin, long hr, Map<Long, Long> unitLeaders) {
    }

    public record Discipline(long officerId, LocalDate decidedOn, DisciplineForm form, String decisionNumber, String note,
                             long createdBy, LocalDateTime createdAt) {
    }

    public record Cycle(long id, long unitId, long ruleSetId, Frequency frequency, LocalDate start, LocalDate end,
                        LocalDate selfDeadline, LocalDate approveDeadline, CycleState state, long createdBy,
                        LocalDateTime createdAt) {
    }

    /** One rating as the table holds it; scores are null under unscored rules and before their step. */
    public record Rating(long id, long cycleId, long officerId, EvaluationState state,
                         BigDecimal selfGeneral, BigDecimal selfTask, RatingLevel selfLevel, String selfComment,
                         LocalDateTime selfAt, BigDecimal proposedGeneral, BigDecimal proposedTask,
                         RatingLevel proposedLevel, String proposalComment, Long proposedBy, LocalDateTime proposedAt,
                         String reviewComment, Long reviewedBy, LocalDateTime reviewedAt, RatingLevel finalLevel, BigDecimal finalScore,
                         Long approvedBy, LocalDateTime approvedAt, int version) {
    }

    public record Step(long id, long evaluationId, EvaluationAction action, long userId, LocalDateTime actedAt,
                       String comment) {
    }

    public record Plan(Map<Long, Long> managers, List<Discipline> disciplines, List<Cycle> cycles,
                       List<Rating> ratings, List<Step> steps) {
    }

    private final WorkingCalendar calendar;
    private final LocalDateTime now;
    private final long seed;

    public DemoEvaluations(WorkingCalendar calendar, LocalDateTime now, long seed) {
        this.calendar = calendar;
        this.now = now;
        this.seed = seed;
    }

    /**
     * The direct managers: in each unit the head of its staff (the chair of a commune, the head of an
     * agency's office, the service centre's deputy director) manages every other officer, except an
     * agency's deputy directors, who answer to the unit's leadership itself.
     */
    public static Map<Long, Long> managers(List<Officer> officers) {
        Map<Long, List<Officer>> byUnit = officers.stream()
                .collect(Collectors.groupingBy(Officer::unitId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Long> managers = new LinkedHashMap<>();
        byUnit.values().forEach(staff -> staff.stream()
                .filter(o -> HEADS.contains(o.position()))
                .min(Comparator.comparingInt((Officer o) -> HEADS.indexOf(o.position())).thenComparingLong(Officer::id))
                .ifPresent(head -> staff.stream()
                        .filter(o -> o.id() != head.id() && !o.position().startsWith("Phó Giám đốc")
                                && !o.position().startsWith("Phó Chánh"))
                        .forEach(o -> managers.put(o.id(), head.id()))));
        return managers;
    }

    /** The head officer of a unit in {@link #managers} terms, or null. */
    public static Long head(List<Officer> officers, long unitId) {
        return officers.stream().filter(o -> o.unitId() == unitId && HEADS.contains(o.position()))
                .min(Comparator.comparingInt((Officer o) -> HEADS.indexOf(o.position())).thenComparingLong(Officer::id))
                .map(Officer::id).orElse(null);
    }

    /**
     * Plans everything: last year's annual round, every rating approved, and the round of the last
     * quarter ended before today, under way; each under the rule set in force for the whole period
     * that allows its frequency (none when there is no such rule set).
     */
    public Plan plan(List<Officer> officers, List<Finding> findings, Accounts accounts, List<RuleSet> ruleSets,
                     long firstCycleId, long firstRatingId, long firstStepId) {
        Map<Long, Long> managers = managers(officers);
        List<Discipline> disciplines = disciplines(findings, accounts);
        Map<Long, Integer> founded = new HashMap<>();
        findings.forEach(f -> founded.merge(f.officerId(), 1, Integer::sum));
        Ids ids = new Ids(firstCycleId, firstRatingId, firstStepId);
        List<Cycle> cycles = new ArrayList<>();
        List<Rating> ratings = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Map<Long, Officer> byId = officers.stream().collect(Collectors.toMap(Officer::id, Function.identity()));
        Map<Long, List<Officer>> byUnit = officers.stream()
                .collect(Collectors.groupingBy(Officer::unitId, LinkedHashMap::new, Collectors.toList()));
        int lastYear = now.getYear() - 1;
        LocalDate quarterEnd = now.toLocalDate().withDayOfMonth(1)
                .withMonth((now.getMonthValue() - 1) / 3 * 3 + 1).minusDays(1);
        LocalDate quarterStart = quarterEnd.withDayOfMonth(1).minusMonths(2);
        RuleSet annual = rulesFor(ruleSets, Frequency.ANNUAL, LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 12, 31));
        RuleSet quarterly = rulesFor(ruleSets, Frequency.QUARTERLY, quarterStart, quarterEnd);
        for (var unit : byUnit.entrySet()) {
            if (annual != null) {
                new UnitRound(unit.getKey(), unit.getValue(), annual, Frequency.ANNUAL, LocalDate.of(lastYear, 1, 1),
                        LocalDate.of(lastYear, 12, 31), true, managers, byId, disciplines, founded, accounts, ids)
                        .plan(cycles, ratings, steps);
            }
            if (quarterly != null) {
                new UnitRound(unit.getKey(), unit.getValue(), quarterly, Frequency.QUARTERLY, quarterStart,
                        quarterEnd, false, managers, byId, disciplines, founded, accounts, ids)
                        .plan(cycles, ratings, steps);
            }
        }
        return new Plan(managers, disciplines, cycles, ratings, steps);
    }

    private static RuleSet rulesFor(List<RuleSet> ruleSets, Frequency frequency, LocalDate start, LocalDate end) {
        return ruleSets.stream().filter(r -> r.appliesOn(start) && r.appliesOn(end)
                && r.frequencies().contains(frequency)).findFirst().orElse(null);
    }

    /**
     * At most two decisions: the officer whose finding was sent to the discipline council, then the
     * officer with the most founded findings after them (at least two); each decided about three
     * working weeks after their latest finding, and before today.
     */
    List<Discipline> disciplines(List<Finding> findings, Accounts accounts) {
        List<Discipline> result = new ArrayList<>();
        Map<Long, List<Finding>> byOfficer = findings.stream()
                .sorted(Comparator.comparing(Finding::concludedAt).thenComparing(Finding::reportCode))
                .collect(Collectors.groupingBy(Finding::officerId, LinkedHashMap::new, Collectors.toList()));
        List<Long> chosen = new ArrayList<>();
        findings.stream().filter(Finding::discipline).map(Finding::officerId).findFirst().ifPresent(chosen::add);
        byOfficer.entrySet().stream()
                .filter(e -> !chosen.contains(e.getKey()) && e.getValue().size() >= 2)
                .max(Comparator.comparingInt((Map.Entry<Long, List<Finding>> e) -> e.getValue().size())
                        .thenComparing(e -> e.getKey(), Comparator.reverseOrder()))
                .ifPresent(e -> chosen.add(e.getKey()));
        int number = 0;
        for (long officer : chosen) {
            List<Finding> mine = byOfficer.get(officer);
            Finding last = mine.getLast();
            LocalDate decided = calendar.addWorkingDays(last.concludedAt().toLocalDate(), 15);
            LocalDate yesterday = now.toLocalDate().minusDays(1);
            if (decided.isAfter(yesterday)) {
                decided = yesterday;
            }
            number++;
            result.add(new Discipline(officer, decided, number == 1 ? DisciplineForm.WARNING : DisciplineForm.REPRIMAND,
                    (10 + number * 7) + "/QĐ-KL",
                    "Sau " + mine.size() + " phản ánh có cơ sở, gần nhất " + last.reportCode(), accounts.hr(),
                    decided.atTime(9, 0)));
        }
        return result;
    }

    private static final class Ids {
        long cycle;
        long rating;
        long step;

        Ids(long cycle, long rating, long step) {
            this.cycle = cycle;
            this.rating = rating;
            this.step = step;
        }
    }

    /** One unit's round: its cycle, a rating per officer, and the steps taken so far. */
    private final class UnitRound {
        private final long unitId;
        private final List<Officer> staff;
        private final RuleSet rules;
        private final Frequency frequency;
        private final LocalDate start;
        private final LocalDate end;
        private final boolean completed;
        private final Map<Long, Long> managers;
        private final Map<Long, Officer> byId;
        private final Set<Long> disciplined;
        private final Map<Long, Integer> founded;
        private final Accounts accounts;
        private final Ids ids;
        private final SplittableRandom rnd;

        UnitRound(long unitId, List<Officer> staff, RuleSet rules, Frequency frequency, LocalDate start,
                  LocalDate end, boolean completed, Map<Long, Long> managers, Map<Long, Officer> byId,
                  List<Discipline> disciplines, Map<Long, Integer> founded, Accounts accounts, Ids ids) {
            this.unitId = unitId;
            this.staff = staff;
            this.rules = rules;
            this.frequency = frequency;
            this.start = start;
            this.end = end;
            this.completed = completed;
            this.managers = managers;
            this.byId = byId;
            this.disciplined = disciplines.stream().filter(d -> d.decidedOn().getYear() == end.getYear())
                    .map(Discipline::officerId).collect(Collectors.toSet());
            this.founded = founded;
            this.accounts = accounts;
            this.ids = ids;
            this.rnd = new SplittableRandom(seed * 1_000_003 + unitId * 31 + start.toEpochDay());
        }

        /** A rating being planned: the points (or merit) the officer earned, then what each step said. */
        private final class Draft {
            final Officer officer;
            final double merit;
            EvaluationState state;
            List<LocalDateTime> at;
            BigDecimal general;
            BigDecimal task;
            RatingLevel level;

            Draft(Officer officer, double merit, EvaluationState state) {
                this.officer = officer;
                this.merit = merit;
                this.state = state;
            }
        }

        void plan(List<Cycle> cycles, List<Rating> ratings, List<Step> steps) {
            boolean deadlineDay = rules.annualDeadlineDay() != null && frequency == Frequency.ANNUAL;
            LocalDate approveBy = deadlineDay ? MonthDay.of(12, rules.annualDeadlineDay()).atYear(end.getYear())
                    : calendar.addWorkingDays(end, 15);
            LocalDate selfBy = deadlineDay ? calendar.addWorkingDays(approveBy, -10) : calendar.addWorkingDays(end, 5);
            LocalDate opened = deadlineDay ? calendar.addWorkingDays(selfBy, -10) : calendar.addWorkingDays(end, 1);
            long cycleId = ids.cycle++;
            cycles.add(new Cycle(cycleId, unitId, rules.id(), frequency, start, end, selfBy, approveBy,
                    completed ? CycleState.CLOSED : CycleState.OPEN, accounts.hr(), opened.atTime(8, 0)));

            List<Draft> drafts = new ArrayList<>();
            for (Officer o : staff) {
                // A steady merit per officer
                SplittableRandom own = new SplittableRandom(seed * 7_919 + o.id());
                // (one in twenty struggles), lowered by each founded hotline finding
                double merit = 80 + own.nextGaussian() * 8 - (own.nextInt(20) == 0 ? 25 : 0)
                        + rnd.nextGaussian() * 3 - 6 * founded.getOrDefault(o.id(), 0);
                EvaluationState state = completed ? EvaluationState.APPROVED : pickState();
                if (disciplined.contains(o.id()) && state.ordinal() < EvaluationState.PROPOSED.ordinal()) {
                    // a disciplined officer's manager proposes promptly: the cap is what the demo shows
                    state = EvaluationState.PROPOSED;
                }
                drafts.add(new Draft(o, Math.max(35, Math.min(98, merit)), state));
            }
            for (Draft d : drafts) {
                schedule(d, opened, selfBy, approveBy);
                score(d);
            }
            keepWithinQuota(drafts);
            for (Draft d : drafts) {
                write(d, cycleId, ratings, steps);
            }
        }

        /**
         * Step days: the self-assessment in the last days before its deadline, then the manager, HR and
         * the head a few working days apart, approval by its deadline. Nothing happens after now: a step
         * not yet due stays untaken, so the state goes back to the last step taken.
         */
        private void schedule(Draft d, LocalDate opened, LocalDate selfBy, LocalDate approveBy) {
            int window = Math.max(1, Math.min(5, calendar.workingDaysBetween(opened, selfBy)));
            LocalDateTime selfAt = officeTime(calendar.addWorkingDays(selfBy, -rnd.nextInt(window)));
            LocalDateTime proposedAt = officeTime(calendar.addWorkingDays(selfAt.toLocalDate(), 1 + rnd.nextInt(3)));
            LocalDateTime reviewedAt = officeTime(calendar.addWorkingDays(proposedAt.toLocalDate(), 1 + rnd.nextInt(2)));
            LocalDate approveDay = calendar.addWorkingDays(reviewedAt.toLocalDate(), 1 + rnd.nextInt(2));
            LocalDateTime approvedAt = officeTime(approveDay.isAfter(approveBy) ? approveBy : approveDay);
            if (!approvedAt.isAfter(reviewedAt)) {
                approvedAt = reviewedAt.plusHours(1);
            }
            d.at = List.of(selfAt, proposedAt, reviewedAt, approvedAt);
            while (d.state != EvaluationState.AWAITING_SELF && !d.at.get(d.state.ordinal() - 1).isBefore(now)) {
                d.state = EvaluationState.values()[d.state.ordinal() - 1];
            }
        }

        private EvaluationState pickState() {
            int p = rnd.nextInt(100);
            return p < 12 ? EvaluationState.AWAITING_SELF : p < 32 ? EvaluationState.SELF_ASSESSED
                    : p < 52 ? EvaluationState.PROPOSED : p < 70 ? EvaluationState.REVIEWED : EvaluationState.APPROVED;
        }

        /** The manager's proposal: points under scored rules, else the level the merit stands for. */
        private void score(Draft d) {
            boolean capped = disciplined.contains(d.officer.id());
            if (rules.scored()) {
                BigDecimal total = round(d.merit + rnd.nextDouble() * 2);
                setPoints(d, total);
                d.level = EvaluationRules.level(rules, d.general.add(d.task), capped);
            } else {
                RatingLevel byMerit = d.merit >= 90 ? RatingLevel.EXCELLENT : d.merit >= 70 ? RatingLevel.GOOD
                        : d.merit >= 50 ? RatingLevel.COMPLETED : RatingLevel.NOT_COMPLETED;
                d.level = EvaluationRules.chosenLevel(rules, capped ? RatingLevel.NOT_COMPLETED : byMerit, capped);
            }
        }

        /** Splits a total into general criteria (about 30%) and task results, each within its maximum. */
        private void setPoints(Draft d, BigDecimal total) {
            double t = total.doubleValue();
            double low = Math.max(0, t - rules.taskMax().doubleValue());
            double high = Math.min(rules.generalMax().doubleValue(), t);
            d.general = round(Math.max(low, Math.min(high, t * 0.3 + rnd.nextDouble() * 2 - 1)));
            d.task = total.subtract(d.general);
        }

        /**
         * At most the quota's share of those rated good or better may be excellent, counting every
         * rating with a proposal: the excess, lowest first, is proposed "good" instead (89.xx points).
         */
        private void keepWithinQuota(List<Draft> drafts) {
            List<Draft> rated = drafts.stream().filter(d -> d.state.ordinal() >= EvaluationState.PROPOSED.ordinal())
                    .toList();
            int base = (int) rated.stream().filter(d -> d.level.isGoodOrBetter()).count();
            int allowed = EvaluationRules.excellentAllowed(rules, base);
            List<Draft> excellent = rated.stream().filter(d -> d.level == RatingLevel.EXCELLENT)
                    .sorted(Comparator.comparingDouble((Draft d) -> -d.merit).thenComparingLong(d -> d.officer.id()))
                    .toList();
            for (Draft d : excellent.subList(Math.min(allowed, excellent.size()), excellent.size())) {
                if (rules.scored()) {
                    setPoints(d, round(88 + rnd.nextDouble() * 1.99));
                    d.level = EvaluationRules.level(rules, d.general.add(d.task), false);
                } else {
                    d.level = RatingLevel.GOOD;
                }
            }
        }

        private void write(Draft d, long cycleId, List<Rating> ratings, List<Step> steps) {
            long id = ids.rating++;
            Officer o = d.officer;
            // The officer's own view: the proposal's or a little better, never past what the rules allow
            boolean capped = disciplined.contains(o.id());
            BigDecimal selfGeneral = null;
            BigDecimal selfTask = null;
            RatingLevel selfLevel = d.level;
            if (rules.scored()) {
                selfGeneral = d.general.add(round(rnd.nextDouble() * 1.5)).min(rules.generalMax());
                selfTask = d.task.add(round(rnd.nextDouble() * 3)).min(rules.taskMax());
                selfLevel = EvaluationRules.level(rules, selfGeneral.add(selfTask), capped);
            } else if (!capped && d.level != RatingLevel.EXCELLENT && rnd.nextInt(4) == 0) {
                selfLevel = RatingLevel.values()[d.level.ordinal() - 1];
            }
            int reached = d.state.ordinal();
            Long managerUser = managerUser(o);
            long selfUser = o.userId() != null ? o.userId() : accounts.admin();
            long proposer = managerUser != null && !managerUser.equals(o.userId()) ? managerUser
                    : leaderOr(o, accounts.admin());
            long approver = leaderOr(o, accounts.admin());
            String selfComment = reached >= 1 ? any(SELF_COMMENTS) : null;
            String proposalComment = reached >= 2 && rnd.nextInt(3) == 0 ? any(PROPOSAL_COMMENTS) : null;
            String reviewComment = reached >= 3 && rnd.nextInt(5) == 0
                    ? "Đã đối chiếu với số liệu hồ sơ và phản ánh." : null;
            List<LocalDateTime> at = d.at;
            ratings.add(new Rating(id, cycleId, o.id(), d.state,
                    reached >= 1 ? selfGeneral : null, reached >= 1 ? selfTask : null, reached >= 1 ? selfLevel : null,
                    selfComment, reached >= 1 ? at.get(0) : null,
                    reached >= 2 ? d.general : null, reached >= 2 ? d.task : null, reached >= 2 ? d.level : null,
                    proposalComment, reached >= 2 ? proposer : null, reached >= 2 ? at.get(1) : null,
                    reviewComment, reached >= 3 ? accounts.hr() : null, reached >= 3 ? at.get(2) : null,
                    reached >= 4 ? d.level : null,
                    reached >= 4 && rules.scored() ? d.general.add(d.task) : null,
                    reached >= 4 ? approver : null, reached >= 4 ? at.get(3) : null, reached));
            EvaluationAction[] actions = {EvaluationAction.SELF_ASSESSED, EvaluationAction.PROPOSED,
                    EvaluationAction.REVIEWED, EvaluationAction.APPROVED};
            long[] users = {selfUser, proposer, accounts.hr(), approver};
            String[] comments = {selfComment, proposalComment, reviewComment, null};
            for (int i = 0; i < reached; i++) {
                steps.add(new Step(ids.step++, id, actions[i], users[i], at.get(i), comments[i]));
            }
        }

        private Long managerUser(Officer o) {
            Long manager = managers.get(o.id());
            return manager == null || byId.get(manager) == null ? null : byId.get(manager).userId();
        }

        /** The unit's leader account, unless it is the officer's own; else {@code fallback}. */
        private long leaderOr(Officer o, long fallback) {
            Long leader = accounts.unitLeaders().get(unitId);
            return leader != null && !leader.equals(o.userId()) ? leader : fallback;
        }

        private String any(List<String> texts) {
            return texts.get(rnd.nextInt(texts.size()));
        }

        private LocalDateTime officeTime(LocalDate day) {
            int minute = 7 * 60 + 30 + rnd.nextInt(9 * 60);
            return day.atTime(minute / 60, minute % 60);
        }
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
