package vn.camau.reform.demo.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.demo.generator.HotlineStory.Round;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineAction;
import vn.camau.reform.hotline.HotlineChange;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineRules;
import vn.camau.reform.hotline.HotlineState;
import vn.camau.reform.hotline.OfficerAction;
import vn.camau.reform.hotline.Satisfaction;

/**
 * A year of hotline reports (DOMAIN §7) up to the demo's "now", planned in plain Java like the
 * dossiers: the same units, officers, late dossiers, users, calendar, deadlines, seed and {@code now}
 * give the same reports and histories.
 *
 * <p>Each report is received, then lived through the workflow the service enforces (assigned, noted,
 * answered, the citizen's satisfaction, the leader's conclusion, closed, sometimes reopened), with
 * every step that happened before {@code now} written and nothing after it: older reports are closed,
 * recent ones still awaiting an answer. Late-dossier reports name a real dossier of their unit (one
 * past its due date when there is one, else one the citizen has waited on) and the officer whose step
 * overran or who holds it; founded findings fall mostly on a handful of officers (the same ones
 * that cause late dossiers), with reminders first, reviews after repeated findings, and one discipline.
 */
public final class DemoHotline {

    /** A current unit a report may concern; {@code weight}: its dossiers of the year. */
    public record Unit(long id, String code, String name, double weight, boolean commune) {
    }

    public record Officer(long id, long unitId, String name, boolean oneStopDesk) {
    }

    /**
     * A demo dossier of a current unit a citizen may call about: one that went past its due date
     * unfinished, or one that took a while.
     *
     * @param officerId the officer whose step overran (or who handled it), null when unknown
     */
    public record Dossier(long id, String code, long unitId, String procedure, LocalDateTime receivedAt,
                              LocalDate dueDate, LocalDateTime finishedAt, Long officerId, String applicantName,
                              String applicantPhone) {
    }

    /** The inspector who takes most calls and verifies, and the leader who assigns and concludes. */
    public record Staff(long inspectorId, String inspectorName, long leaderId, String leaderName) {
    }

    /** One hotline_report row, as it stands at {@code now}. */
    public record Report(long id, String code, int year, int seq, HotlineChannel channel, LocalDateTime receivedAt,
                         boolean anonymous, String reporterName, String reporterPhone, String reporterEmail,
                         HotlineCategory category, long unitId, Long officerId, Long dossierId, String description,
                         HotlineState state, LocalDate assignDueDate, LocalDate dueDate, Long assignedUnitId,
                         Long assigneeId, LocalDateTime assignedAt, String answerText, HotlineChannel answerChannel,
                         LocalDateTime answeredAt, Long answeredBy, Satisfaction satisfaction, Conclusion conclusion,
                         OfficerAction officerAction, String conclusionNote, Long concludedBy,
                         LocalDateTime concludedAt, LocalDateTime closedAt, int reopenCount, long createdBy,
                         LocalDateTime createdAt, long updatedBy, LocalDateTime updatedAt, int version) {
    }

    /** A history entry: the user's own text in {@code details}, the facts as data in {@code changes}. */
    public record Event(long id, long reportId, HotlineAction action, long userId, LocalDateTime actedAt,
                        String details, List<HotlineChange> changes) {
    }

    /**
     * One round of a report's answer (hotline_round): the first from reception, the second from the
     * reopening, each with its own deadline, answer, the citizen's word and the finding as they stood at
     * {@code now}; {@code reopenedAt} ends a round that a reopening replaced.
     */
    public record AnswerRound(long reportId, int roundNo, LocalDateTime openedAt, LocalDate dueDate,
                              LocalDateTime answeredAt, Satisfaction satisfaction, LocalDateTime satisfactionAt,
                              Conclusion conclusion, LocalDateTime concludedAt, LocalDateTime reopenedAt) {
    }

    /** What to write: reports in id order (which is the order received), their events and answer rounds. */
    public record Plan(List<Report> reports, List<Event> events, List<AnswerRound> rounds) {
    }

    /** An applicant who got a late result may call about it within this many days. */
    static final int LATE_RESULT_CALL_DAYS = 30;
    /** Reports per demo dossier: 1,500 for the default 200,000 dossiers. */
    private static final double PER_DOSSIER = 0.0075;
    private static final int MIN_REPORTS = 240;
    private static final LocalDateTime NEVER = HotlineStory.NEVER;
    /** Prefixes in use today; others (a dossier applicant's old 07x number, say) are replaced. */
    private static final Pattern MOBILE = Pattern.compile("0(3[2-9]|5[689]|7[06-9]|8[1-9]|9\\d)\\d{7}");

    private static final Map<HotlineCategory, Double> CATEGORY_WEIGHT = new EnumMap<>(Map.of(
            HotlineCategory.PROCEDURE_QUESTION, 28.0, HotlineCategory.LATE_DOSSIER, 24.0,
            HotlineCategory.ATTITUDE, 16.0, HotlineCategory.FACILITIES, 11.0, HotlineCategory.COMPLAINT, 5.0,
            HotlineCategory.DENUNCIATION, 3.0, HotlineCategory.OUT_OF_SCOPE, 13.0));
    private static final Map<HotlineChannel, Double> CHANNEL_WEIGHT = new EnumMap<>(Map.of(
            HotlineChannel.PHONE, 38.0, HotlineChannel.ZALO, 22.0, HotlineChannel.FIELD_APP, 15.0,
            HotlineChannel.SMS, 8.0, HotlineChannel.EMAIL, 7.0, HotlineChannel.IN_PERSON, 6.0,
            HotlineChannel.MAILBOX, 4.0));
    /** Denunciations come more by letter and e-mail, formal complaints more in person. */
    private static final Map<HotlineChannel, Double> DENUNCIATION_CHANNEL = new EnumMap<>(Map.of(
            HotlineChannel.PHONE, 3.0, HotlineChannel.MAILBOX, 3.0, HotlineChannel.EMAIL, 2.0,
            HotlineChannel.FIELD_APP, 1.0, HotlineChannel.ZALO, 1.0));
    private static final Map<HotlineChannel, Double> COMPLAINT_CHANNEL = new EnumMap<>(Map.of(
            HotlineChannel.PHONE, 3.0, HotlineChannel.IN_PERSON, 3.0, HotlineChannel.EMAIL, 2.0,
            HotlineChannel.MAILBOX, 1.0, HotlineChannel.ZALO, 1.0));
    /** On days off only what needs no staffed office arrives. */
    private static final Map<HotlineChannel, Double> DIGITAL_CHANNEL = new EnumMap<>(Map.of(
            HotlineChannel.ZALO, 22.0, HotlineChannel.FIELD_APP, 15.0, HotlineChannel.SMS, 8.0,
            HotlineChannel.EMAIL, 7.0));
    private static final int FOCUS_OFFICERS = 6;

    private final WorkingCalendar calendar;
    private final LocalDateTime now;
    private final LocalDate today;
    private final Map<HotlineCategory, Integer> deadlines;
    private final long seed;

    // the inputs, indexed
    private Map<Long, Unit> unitById;
    private Map<Long, Officer> officerById;
    private Map<Long, WeightedPicker<Officer>> officersOfUnit;
    private WeightedPicker<Unit> units;
    private WeightedPicker<Unit> communes;
    private List<Dossier> dossiers;
    private List<Officer> focus;
    private WeightedPicker<Officer> focusPicker;
    private Staff staff;

    /**
     * @param now       the moment the data is "as of": nothing is received or done after it
     * @param deadlines the answer deadline of each category in working days (HotlineSettings)
     */
    public DemoHotline(WorkingCalendar calendar, LocalDateTime now, Map<HotlineCategory, Integer> deadlines,
                       long seed) {
        this.calendar = calendar;
        this.now = now;
        this.today = now.toLocalDate();
        this.deadlines = Map.copyOf(deadlines);
        this.seed = seed;
    }

    /** How many reports a demo of {@code dossiers} dossiers gets. */
    public static int reportsFor(int dossiers) {
        return Math.max(MIN_REPORTS, (int) Math.round(dossiers * PER_DOSSIER));
    }

    /** The first day of the demo's year of reports. */
    public LocalDate firstDay() {
        return today.minusYears(1).plusDays(1);
    }

    /**
     * @param count       how many reports
     * @param unitList    the units reports may concern, in id order (none without officers)
     * @param officerList the demo officers of those units, in id order
     * @param dossierList the demo's dossiers citizens may call about, in id order
     * @param firstId     the first report id to use
     * @param firstEventId the first hotline_event id to use
     */
    public Plan plan(int count, List<Unit> unitList, List<Officer> officerList, List<Dossier> dossierList,
                     Staff staff, long firstId, long firstEventId) {
        index(unitList, officerList, dossierList, staff);
        List<HotlineStory> stories = receive(count);
        stories.sort(Comparator.comparing((HotlineStory s) -> s.receivedAt).thenComparingInt(s -> s.order));
        Map<Integer, Integer> nextSeq = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            HotlineStory s = stories.get(i);
            s.id = firstId + i;
            s.year = s.receivedAt.getYear();
            s.seq = nextSeq.merge(s.year, 1, Integer::sum);
            s.code = "PA-%d-%05d".formatted(s.year, s.seq);
            s.rnd = new SplittableRandom(seed * 1_000_033L + 7 * i + 1);
        }
        reporters(stories);
        foundAgainstFocusOfficers(stories);
        force(stories);
        for (HotlineStory s : stories) {
            live(s);
        }
        decideOfficerActions(stories);

        List<Report> reports = new ArrayList<>(stories.size());
        List<Event> events = new ArrayList<>(stories.size() * 8);
        List<AnswerRound> rounds = new ArrayList<>(stories.size() + stories.size() / 20);
        long[] nextEvent = {firstEventId};
        HotlineHistory history = new HotlineHistory(now, staff);
        for (HotlineStory s : stories) {
            reports.add(history.write(s, events, rounds, nextEvent));
        }
        return new Plan(reports, events, rounds);
    }

    // ---------------------------------------------------------------- inputs

    private void index(List<Unit> unitList, List<Officer> officerList, List<Dossier> dossierList, Staff staff) {
        this.staff = staff;
        unitById = new LinkedHashMap<>();
        unitList.forEach(u -> unitById.put(u.id(), u));
        officerById = new LinkedHashMap<>();
        Map<Long, List<Officer>> byUnit = new LinkedHashMap<>();
        for (Officer o : officerList) {
            if (unitById.containsKey(o.unitId())) {
                officerById.put(o.id(), o);
                byUnit.computeIfAbsent(o.unitId(), k -> new ArrayList<>()).add(o);
            }
        }
        officersOfUnit = new HashMap<>();
        // attitude is met at the desk: the one-stop desk staff are named most
        byUnit.forEach((unit, list) -> officersOfUnit.put(unit,
                new WeightedPicker<>(list, o -> o.oneStopDesk() ? 3 : 1)));
        List<Unit> staffed = unitList.stream().filter(u -> officersOfUnit.containsKey(u.id())).toList();
        if (staffed.isEmpty()) {
            throw new IllegalArgumentException("No unit with officers for the hotline demo");
        }
        double mean = staffed.stream().mapToDouble(Unit::weight).average().orElse(1);
        // the busier a unit, the more it is reported on; a quiet one still now and then
        units = new WeightedPicker<>(staffed, u -> u.weight() + 0.05 * mean + 1);
        List<Unit> communeList = staffed.stream().filter(Unit::commune).toList();
        communes = communeList.isEmpty() ? units : new WeightedPicker<>(communeList, u -> u.weight() + 0.05 * mean + 1);
        dossiers = dossierList.stream().filter(d -> officersOfUnit.containsKey(d.unitId())).toList();
        focus = focusOfficers();
        List<Officer> ranked = focus;
        focusPicker = ranked.isEmpty() ? null
                : new WeightedPicker<>(ranked, o -> FOCUS_OFFICERS - ranked.indexOf(o));
    }

    /** The officer a late dossier names, when the officer belongs to the dossier's unit. */
    private Officer officerOf(Dossier d) {
        Officer o = d.officerId() == null ? null : officerById.get(d.officerId());
        return o != null && o.unitId() == d.unitId() ? o : null;
    }

    /**
     * The handful of officers most reports are founded against: those whose steps overran most often
     * (one in Phường An Xuyên, whose leader is a demo user), each in a unit of their own; the busiest
     * units' desk staff when there are too few late dossiers.
     */
    private List<Officer> focusOfficers() {
        Map<Long, Integer> lateCount = new LinkedHashMap<>();
        for (Dossier d : dossiers) {
            Officer o = officerOf(d);
            boolean late = d.dueDate().isBefore(today)
                    && (d.finishedAt() == null || d.finishedAt().toLocalDate().isAfter(d.dueDate()));
            if (o != null && late) {
                lateCount.merge(o.id(), 1, Integer::sum);
            }
        }
        List<Officer> candidates = new ArrayList<>(lateCount.keySet().stream().map(officerById::get).toList());
        candidates.sort(Comparator.comparingInt((Officer o) -> -lateCount.get(o.id())).thenComparingLong(Officer::id));
        List<Unit> busiest = new ArrayList<>(units.items());
        busiest.sort(Comparator.comparingDouble((Unit u) -> -u.weight()).thenComparingLong(Unit::id));
        for (Unit u : busiest) {
            officersOfUnit.get(u.id()).items().stream().filter(Officer::oneStopDesk).findFirst()
                    .ifPresent(candidates::add);
        }
        List<Officer> chosen = new ArrayList<>();
        Set<Long> unitsTaken = new HashSet<>();
        candidates.stream()
                .filter(o -> DemoGenerator.AN_XUYEN_CODE.equals(unitById.get(o.unitId()).code()))
                .findFirst().ifPresent(o -> {
                    chosen.add(o);
                    unitsTaken.add(o.unitId());
                });
        for (Officer o : candidates) {
            if (chosen.size() >= FOCUS_OFFICERS) {
                break;
            }
            if (unitsTaken.add(o.unitId())) {
                chosen.add(o);
            }
        }
        return chosen;
    }

    // ---------------------------------------------------------------- receiving


    /** The reports spread over the year's days, each with its channel, time, category and target. */
    private List<HotlineStory> receive(int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = firstDay(); !d.isAfter(today); d = d.plusDays(1)) {
            days.add(d);
        }
        int[] perDay = allocate(days, count);
        WeightedPicker<HotlineCategory> categories = new WeightedPicker<>(List.of(HotlineCategory.values()),
                c -> CATEGORY_WEIGHT.getOrDefault(c, 1.0));
        List<HotlineStory> stories = new ArrayList<>(count);
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + day.toEpochDay() + 0x4071E);
            for (int k = 0; k < perDay[i]; k++) {
                HotlineStory s = new HotlineStory();
                s.order = stories.size();
                s.category = categories.pick(rnd);
                s.channel = channel(s.category, day, rnd);
                s.receivedAt = receivedTime(day, s.channel, rnd);
                target(s, rnd);
                s.variant = rnd.nextInt(1_000);
                s.topic = HotlineTexts.any(HotlineTexts.TOPICS, rnd);
                s.anonymous = rnd.nextDouble() < anonymousShare(s.category, s.channel);
                s.finding = finding(s, rnd);
                stories.add(s);
            }
        }
        return stories;
    }

    /**
     * Reports per day: most on working days (Mondays more), a trickle of messages on days off, today
     * only the part of the day gone by. Each report draws its day, so that a small demo (under one
     * report a day) still spreads its reports over the weeks rather than onto the busiest days.
     */
    private int[] allocate(List<LocalDate> days, int total) {
        List<Integer> index = new ArrayList<>(days.size());
        double[] w = new double[days.size()];
        for (int i = 0; i < w.length; i++) {
            LocalDate d = days.get(i);
            double x = !calendar.isWorkingDay(d) ? 0.12
                    : d.getDayOfWeek() == DayOfWeek.MONDAY ? 1.15
                    : d.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.6 : 1.0;
            if (d.getMonthValue() == 1 || d.getMonthValue() == 12) {
                // year-end and pre-Tết rush at the desks
                x *= 1.1;
            }
            if (d.equals(today)) {
                x *= Math.min(1, Math.max(0.02, (now.toLocalTime().toSecondOfDay() - 7 * 3600) / (10.0 * 3600)));
            }
            w[i] = x;
            index.add(i);
        }
        WeightedPicker<Integer> day = new WeightedPicker<>(index, i -> w[i]);
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x4071E_DA75L);
        int[] counts = new int[w.length];
        for (int k = 0; k < total; k++) {
            counts[day.pick(rnd)]++;
        }
        // today's queue needs reports whose answers fall due about now: due soon, and just overdue
        int usual = deadlines.get(HotlineCategory.LATE_DOSSIER);
        LocalDate soon = HotlineRules.dueSoonLimit(calendar, today);
        atLeast(counts, days, d -> {
            LocalDate due = HotlineRules.dueDate(calendar, d, usual);
            return d.isBefore(today) && !due.isBefore(today) && !due.isAfter(soon);
        }, 3, rnd);
        atLeast(counts, days, d -> {
            LocalDate due = HotlineRules.dueDate(calendar, d, usual);
            return due.isBefore(today) && !due.isBefore(today.minusDays(10));
        }, overdueToday(total) + 2, rnd);
        return counts;
    }

    /** Moves reports from the busiest other days until the days that match have {@code min} in all. */
    private static void atLeast(int[] counts, List<LocalDate> days, java.util.function.Predicate<LocalDate> which,
                                int min, SplittableRandom rnd) {
        List<Integer> matching = new ArrayList<>();
        int have = 0;
        for (int i = 0; i < days.size(); i++) {
            if (which.test(days.get(i))) {
                matching.add(i);
                have += counts[i];
            }
        }
        while (!matching.isEmpty() && have < min) {
            int from = -1;
            for (int i = 0; i < counts.length; i++) {
                if (!matching.contains(i) && (from < 0 || counts[i] > counts[from])) {
                    from = i;
                }
            }
            if (from < 0 || counts[from] == 0) {
                return;
            }
            counts[from]--;
            counts[matching.get(rnd.nextInt(matching.size()))]++;
            have++;
        }
    }

    /** How many reports are kept unanswered past their due date today, whatever the draws gave. */
    private static int overdueToday(int total) {
        return Math.max(2, (int) Math.round(total * 0.004));
    }

    private HotlineChannel channel(HotlineCategory category, LocalDate day, SplittableRandom rnd) {
        if (!calendar.isWorkingDay(day)) {
            return pick(DIGITAL_CHANNEL, rnd);
        }
        return switch (category) {
            case DENUNCIATION -> pick(DENUNCIATION_CHANNEL, rnd);
            case COMPLAINT -> pick(COMPLAINT_CHANNEL, rnd);
            default -> pick(CHANNEL_WEIGHT, rnd);
        };
    }

    private static HotlineChannel pick(Map<HotlineChannel, Double> weights, SplittableRandom rnd) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double x = rnd.nextDouble() * total;
        HotlineChannel last = null;
        for (HotlineChannel c : HotlineChannel.values()) {
            Double w = weights.get(c);
            if (w == null) {
                continue;
            }
            last = c;
            x -= w;
            if (x < 0) {
                return c;
            }
        }
        return last;
    }

    /** The hotline, the desk and the letter box in office hours; messages now and then in the evening. */
    private LocalDateTime receivedTime(LocalDate day, HotlineChannel channel, SplittableRandom rnd) {
        boolean staffed = channel == HotlineChannel.PHONE || channel == HotlineChannel.IN_PERSON
                || channel == HotlineChannel.MAILBOX;
        LocalDateTime t;
        if (calendar.isWorkingDay(day) && (staffed || rnd.nextInt(100) < 80)) {
            int minute = rnd.nextInt(100) < 55 ? 7 * 60 + rnd.nextInt(270) : 13 * 60 + rnd.nextInt(240);
            t = day.atTime(minute / 60, minute % 60, rnd.nextInt(60));
        } else {
            t = day.atTime(6 + rnd.nextInt(16), rnd.nextInt(60), rnd.nextInt(60));
        }
        if (t.isAfter(now)) {
            // today's reports arrived before now
            t = day.atStartOfDay().plusSeconds((long) (rnd.nextDouble() * now.toLocalTime().toSecondOfDay()));
        }
        return t;
    }

    /** The unit, officer and dossier the report concerns. */
    private void target(HotlineStory s, SplittableRandom rnd) {
        LocalDate day = s.receivedAt.toLocalDate();
        switch (s.category) {
            case ATTITUDE -> {
                if (focusPicker != null && rnd.nextInt(100) < 18) {
                    s.officer = focusPicker.pick(rnd);
                    s.unit = unitById.get(s.officer.unitId());
                    s.focusOfficer = true;
                } else {
                    s.unit = units.pick(rnd);
                    s.officer = officersOfUnit.get(s.unit.id()).pick(rnd);
                }
            }
            case LATE_DOSSIER -> {
                boolean pastDue = rnd.nextInt(100) < 80;
                List<Dossier> candidates = candidates(day, pastDue);
                if (candidates.isEmpty()) {
                    pastDue = !pastDue;
                    candidates = candidates(day, pastDue);
                }
                if (candidates.isEmpty()) {
                    // the citizen could not give the dossier's code
                    s.unit = units.pick(rnd);
                    s.officer = officersOfUnit.get(s.unit.id()).pick(rnd);
                } else {
                    s.dossier = candidates.get(rnd.nextInt(candidates.size()));
                    s.dossierLate = pastDue;
                    s.unit = unitById.get(s.dossier.unitId());
                    Officer named = officerOf(s.dossier);
                    s.officer = named != null ? named : officersOfUnit.get(s.unit.id()).pick(rnd);
                }
                s.focusOfficer = focus.contains(s.officer);
            }
            // what the hotline cannot settle happens on the ground, in a commune
            case OUT_OF_SCOPE -> s.unit = communes.pick(rnd);
            default -> s.unit = units.pick(rnd);
        }
    }

    /**
     * Dossiers past due on the day, still unfinished or handed back late in the month before (the
     * applicant calls about the late result), or (not yet due) open and waiting. Lateness has causes in
     * the demo, so a year of a small demo's current units may hold only a few dossiers past due and open
     * on a given day: the late results keep most late-dossier calls about a really late dossier.
     */
    private List<Dossier> candidates(LocalDate day, boolean pastDue) {
        List<Dossier> list = new ArrayList<>();
        for (Dossier d : dossiers) {
            LocalDate finished = d.finishedAt() == null ? null : d.finishedAt().toLocalDate();
            boolean openThen = finished == null || !finished.isBefore(day);
            boolean fits = pastDue
                    ? d.dueDate().isBefore(day) && (openThen || (finished.isAfter(d.dueDate())
                            && !finished.isBefore(day.minusDays(LATE_RESULT_CALL_DAYS))))
                    : openThen && d.receivedAt().toLocalDate().isBefore(day) && !d.dueDate().isBefore(day);
            if (fits) {
                list.add(d);
            }
        }
        return list;
    }

    /** About a quarter anonymous: most denunciations and letters, few formal complaints (they need a name). */
    private static double anonymousShare(HotlineCategory category, HotlineChannel channel) {
        double p = switch (category) {
            case DENUNCIATION -> 0.85;
            case ATTITUDE -> 0.35;
            case FACILITIES -> 0.3;
            case OUT_OF_SCOPE -> 0.25;
            case PROCEDURE_QUESTION -> 0.2;
            case LATE_DOSSIER -> 0.08;
            case COMPLAINT -> 0.03;
        };
        return channel == HotlineChannel.MAILBOX ? Math.max(p, 0.6) : p;
    }

    /**
     * What the verification will find: most reports unfounded; attitude founded mostly against the
     * handful of officers; late dossiers founded when they were really late; facilities often fixed.
     */
    private static Conclusion finding(HotlineStory s, SplittableRandom rnd) {
        int x = rnd.nextInt(100);
        int founded;
        int partly;
        switch (s.category) {
            case ATTITUDE -> {
                founded = s.focusOfficer ? 30 : 4;
                partly = s.focusOfficer ? 20 : 8;
            }
            case LATE_DOSSIER -> {
                founded = s.dossier != null && s.dossierLate ? (s.focusOfficer ? 30 : 15) : 0;
                partly = s.dossier != null && s.dossierLate ? 15 : s.dossier == null ? 5 : 0;
            }
            case FACILITIES -> {
                founded = 15;
                partly = 20;
            }
            case COMPLAINT -> {
                founded = 5;
                partly = 20;
            }
            case DENUNCIATION -> {
                founded = 8;
                partly = 10;
            }
            default -> {
                founded = 0;
                partly = 0;
            }
        }
        return x < founded ? Conclusion.FOUNDED : x < founded + partly ? Conclusion.PARTLY_FOUNDED : Conclusion.UNFOUNDED;
    }

    // ---------------------------------------------------------------- reporters

    /**
     * Names and numbers, in the order received: a dossier's applicant calls about it; a few callers
     * call again within weeks about the same matter, so that the duplicate hint has something to show.
     */
    private void reporters(List<HotlineStory> stories) {
        List<HotlineStory> withPhone = new ArrayList<>();
        for (HotlineStory s : stories) {
            SplittableRandom r = s.rnd;
            if (s.anonymous) {
                continue;
            }
            HotlineStory earlier = r.nextInt(100) < 3 ? recentCaller(withPhone, s) : null;
            if (earlier != null) {
                s.repeatOf = earlier;
                earlier.repeated = true;
                s.reporterName = earlier.reporterName;
                s.reporterPhone = earlier.reporterPhone;
                s.reporterEmail = earlier.reporterEmail;
                s.category = earlier.category;
                s.unit = earlier.unit;
                s.officer = earlier.officer;
                s.dossier = earlier.dossier;
                s.dossierLate = earlier.dossierLate;
                s.focusOfficer = earlier.focusOfficer;
                s.topic = earlier.topic;
                s.variant = earlier.variant;
                s.finding = earlier.finding;
                withPhone.add(s);
                continue;
            }
            boolean applicant = s.dossier != null;
            s.reporterName = applicant ? s.dossier.applicantName() : VietnameseNames.person(r);
            int phoneShare = switch (s.channel) {
                case PHONE, SMS, ZALO -> 100;
                case FIELD_APP -> 85;
                case IN_PERSON -> 70;
                case MAILBOX -> 50;
                case EMAIL -> 30;
            };
            if (r.nextInt(100) < phoneShare) {
                String known = applicant ? s.dossier.applicantPhone() : null;
                s.reporterPhone = known != null && MOBILE.matcher(known).matches() ? known : VietnameseNames.mobile(r);
            }
            if (s.channel == HotlineChannel.EMAIL || r.nextInt(100) < 8) {
                s.reporterEmail = VietnameseNames.email(s.reporterName, r);
            }
            if (s.reporterPhone != null) {
                withPhone.add(s);
            }
        }
    }

    /** The latest earlier caller of the last 25 days, preferring one about the same unit. */
    private static HotlineStory recentCaller(List<HotlineStory> withPhone, HotlineStory s) {
        HotlineStory any = null;
        for (int i = withPhone.size() - 1; i >= 0; i--) {
            HotlineStory e = withPhone.get(i);
            if (e.receivedAt.isBefore(s.receivedAt.minusDays(25))) {
                break;
            }
            // a denouncer calling again would not give a name the second time either
            if (e.repeatOf != null || e.reporterPhone == null || e.category == HotlineCategory.DENUNCIATION) {
                continue;
            }
            if (e.unit.id() == s.unit.id()) {
                return e;
            }
            if (any == null) {
                any = e;
            }
        }
        return any;
    }

    /**
     * However few the reports, the handful of officers have findings against them, concluded long
     * before now: at least 3, 2, 2, 1, 1, 1 founded attitude reports, the most against the first.
     * Made of older attitude reports about other officers, in a shuffled order.
     */
    private void foundAgainstFocusOfficers(List<HotlineStory> stories) {
        int[] atLeast = {3, 2, 2, 1, 1, 1};
        LocalDateTime old = now.minusDays(90);
        List<HotlineStory> spare = new ArrayList<>();
        Map<Officer, Integer> have = new HashMap<>();
        for (HotlineStory s : stories) {
            if (s.category != HotlineCategory.ATTITUDE || s.repeatOf != null || s.repeated
                    || !s.receivedAt.isBefore(old)) {
                continue;
            }
            if (s.focusOfficer && s.finding.isFounded()) {
                have.merge(s.officer, 1, Integer::sum);
            } else if (!s.focusOfficer) {
                spare.add(s);
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x4071E_F0C5L);
        for (int i = 0; i < focus.size() && i < atLeast.length; i++) {
            Officer o = focus.get(i);
            for (int n = have.getOrDefault(o, 0); n < atLeast[i] && !spare.isEmpty(); n++) {
                HotlineStory s = spare.remove(rnd.nextInt(spare.size()));
                s.officer = o;
                s.unit = unitById.get(o.unitId());
                s.focusOfficer = true;
                s.finding = rnd.nextBoolean() ? Conclusion.FOUNDED : Conclusion.PARTLY_FOUNDED;
            }
        }
    }

    // ---------------------------------------------------------------- the workflow

    /**
     * Today's situation worth an inspector's look, whatever the random draws gave: the latest reports
     * not yet assigned, a few past their due date unanswered, a few due today or on the next working day.
     */
    private void force(List<HotlineStory> stories) {
        for (HotlineStory s : stories) {
            s.assignDueDate = HotlineRules.assignDueDate(calendar, s.receivedAt.toLocalDate());
            s.dueDate = HotlineRules.dueDate(calendar, s.receivedAt.toLocalDate(), deadlines.get(s.category));
        }
        for (int i = Math.max(0, stories.size() - 3); i < stories.size(); i++) {
            stories.get(i).forcedUnassigned = true;
        }
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x4071E_0DL);
        LocalDate dueSoon = HotlineRules.dueSoonLimit(calendar, today);
        pickOpen(stories, s -> s.dueDate.isBefore(today) && !s.dueDate.isBefore(today.minusDays(10))
                && deadlines.get(s.category) <= 10, overdueToday(stories.size()), rnd);
        pickOpen(stories, s -> !s.dueDate.isBefore(today) && !s.dueDate.isAfter(dueSoon),
                Math.max(2, (int) Math.round(stories.size() * 0.003)), rnd);
    }

    private static void pickOpen(List<HotlineStory> stories, java.util.function.Predicate<HotlineStory> which, int n,
                                 SplittableRandom rnd) {
        List<HotlineStory> candidates = new ArrayList<>(stories.stream()
                .filter(s -> !s.forcedUnassigned && !s.forcedOpen && which.test(s)).toList());
        for (int k = 0; k < n && !candidates.isEmpty(); k++) {
            candidates.remove(rnd.nextInt(candidates.size())).forcedOpen = true;
        }
    }

    /** Plans every step of the report's life, whether before {@code now} or not (those are not written). */
    private void live(HotlineStory s) {
        SplittableRandom r = s.rnd;
        LocalDate day = s.receivedAt.toLocalDate();
        s.createdBy = r.nextInt(100) < 75 ? staff.inspectorId() : staff.leaderId();
        s.createdAt = cap(s.receivedAt.plusMinutes(2 + r.nextInt(14)));
        s.assigneeId = r.nextInt(100) < 80 ? staff.inspectorId() : staff.leaderId();

        LocalDateTime assigned;
        boolean inHours = calendar.isWorkingDay(day) && s.receivedAt.toLocalTime().isBefore(LocalTime.of(16, 30));
        if (inHours) {
            assigned = s.receivedAt.plusMinutes(20 + r.nextInt(160));
            if (assigned.toLocalTime().isAfter(LocalTime.of(17, 15))) {
                assigned = day.atTime(17, r.nextInt(15));
            }
        } else {
            // after hours: the day off's reports on the next working day, an evening's the next morning
            LocalDate next = s.assignDueDate.isAfter(day) ? s.assignDueDate : calendar.addWorkingDays(day, 1);
            assigned = next.atTime(7, 30).plusMinutes(r.nextInt(150));
        }
        if (r.nextInt(100) < 3) {
            assigned = calendar.addWorkingDays(s.assignDueDate, 1).atTime(8, r.nextInt(60));
        }
        s.assignedAt = s.forcedUnassigned ? NEVER : after(s.createdAt, assigned, r);
        s.assignNote = r.nextInt(100) < 60 ? HotlineTexts.fill(HotlineTexts.ASSIGN_NOTE, "unit", s.unit.name(),
                "date", VnFormats.date(calendar.addWorkingDays(s.dueDate, -1))) : null;

        int days = deadlines.get(s.category);
        boolean reopens;
        s.first = round(s, s.assignedAt, s.assignDueDate, s.dueDate, days, false, r);
        reopens = s.first.satisfaction == Satisfaction.NOT_SATISFIED && r.nextInt(100) < 30;
        if (reopens) {
            // unfounded the first time; the citizen disagreed, and a second look may find otherwise
            s.first.conclusion = Conclusion.UNFOUNDED;
            s.reopenedAt = after(s.first.closedAt, officeTime(calendar.addWorkingDays(
                    s.first.closedAt.toLocalDate(), 1 + r.nextInt(3)), r), r);
            s.reopenReason = HotlineTexts.any(HotlineTexts.REOPEN, r);
            LocalDate reopenDay = s.reopenedAt.toLocalDate();
            s.reopenDueDate = HotlineRules.dueDate(calendar, reopenDay, days);
            s.second = round(s, s.reopenedAt, HotlineRules.assignDueDate(calendar, reopenDay), s.reopenDueDate,
                    days, true, r);
        } else {
            s.first.conclusion = s.finding;
        }
    }

    /** One round of verification, answer, satisfaction, conclusion and closing, from {@code start}. */
    private Round round(HotlineStory s, LocalDateTime start, LocalDate countFrom, LocalDate due, int days, boolean again,
                        SplittableRandom r) {
        Round round = new Round();
        if (start == NEVER) {
            return never(round);
        }
        LocalDate startDay = start.toLocalDate();
        if (s.forcedOpen && !again) {
            round.answeredAt = NEVER;
        } else {
            boolean onTime = r.nextInt(1_000) < (again ? 950 : days > 10 ? 880 : 900);
            LocalDate answerDay;
            if (onTime) {
                // the later in the allowed days, the likelier: verification takes what time it has
                answerDay = calendar.addWorkingDays(countFrom, skewedDay(days, r));
            } else {
                int lateBy = r.nextInt(100);
                answerDay = calendar.addWorkingDays(due, lateBy < 50 ? 1 : lateBy < 75 ? 2 : lateBy < 90 ? 3
                        : 4 + r.nextInt(3));
            }
            if (!answerDay.isAfter(startDay)) {
                answerDay = calendar.addWorkingDays(startDay, 1);
            }
            round.answeredAt = after(start.plusMinutes(30), officeTime(answerDay, r), r);
        }
        // a verification note between the forwarding and the answer, for most reports
        if (again || r.nextInt(100) < 85) {
            LocalDateTime noteAt;
            if (round.answeredAt == NEVER) {
                noteAt = officeTime(calendar.addWorkingDays(startDay, 1 + r.nextInt(2)), r);
            } else {
                // on a working day in between, in office hours, strictly between the two
                int span = Math.max(0, calendar.workingDaysBetween(startDay, round.answeredAt.toLocalDate()));
                noteAt = officeTime(calendar.addWorkingDays(startDay, r.nextInt(span + 1)), r);
                if (!noteAt.isBefore(round.answeredAt)) {
                    noteAt = round.answeredAt.minusMinutes(5 + r.nextInt(20));
                }
                if (!noteAt.isAfter(start)) {
                    noteAt = start.plusSeconds(java.time.Duration.between(start, round.answeredAt).toSeconds() / 2);
                }
            }
            round.noteAt = after(start, noteAt, r);
            round.note = note(s, r);
        }
        if (round.answeredAt == NEVER) {
            return never(round);
        }
        boolean late = round.answeredAt.toLocalDate().isAfter(due);
        round.satisfaction = again ? pick3(r, 60, 10, 30) : s.anonymous ? pick3(r, 28, 7, 65)
                : late ? pick3(r, 45, 35, 20) : pick3(r, 78, 10, 12);
        round.satisfiedAt = after(round.answeredAt, officeTime(
                calendar.addWorkingDays(round.answeredAt.toLocalDate(), r.nextInt(4)), r), r);
        round.concludedAt = after(round.satisfiedAt, officeTime(
                calendar.addWorkingDays(round.satisfiedAt.toLocalDate(), 1 + r.nextInt(5)), r), r);
        round.conclusion = again ? s.finding : null;
        round.closedAt = after(round.concludedAt, officeTime(
                calendar.addWorkingDays(round.concludedAt.toLocalDate(), r.nextInt(3)), r), r);
        return round;
    }

    private static Round never(Round round) {
        if (round.answeredAt == null) {
            round.answeredAt = NEVER;
        }
        round.satisfiedAt = NEVER;
        round.concludedAt = NEVER;
        round.closedAt = NEVER;
        return round;
    }

    /** 1 … n working days, day k with weight k. */
    private static int skewedDay(int n, SplittableRandom r) {
        int x = r.nextInt(n * (n + 1) / 2);
        int k = 1;
        while (x >= k) {
            x -= k;
            k++;
        }
        return k;
    }

    private static Satisfaction pick3(SplittableRandom r, int satisfied, int notSatisfied, int noResponse) {
        int x = r.nextInt(satisfied + notSatisfied + noResponse);
        return x < satisfied ? Satisfaction.SATISFIED
                : x < satisfied + notSatisfied ? Satisfaction.NOT_SATISFIED : Satisfaction.NO_RESPONSE;
    }

    private String note(HotlineStory s, SplittableRandom r) {
        String template;
        int x = r.nextInt(100);
        if (s.dossier != null && x < 50) {
            template = HotlineTexts.NOTE_DOSSIER;
        } else if (s.officer != null && x < 75) {
            template = HotlineTexts.NOTE_OFFICER;
        } else if (s.anonymous) {
            template = HotlineTexts.NOTE_ANONYMOUS;
        } else {
            template = HotlineTexts.any(HotlineTexts.NOTES, r);
        }
        return HotlineTexts.fill(template, "unit", s.unit.name(), "officer", s.officer == null ? "" : s.officer.name(),
                "dossier", s.dossier == null ? "" : s.dossier.code());
    }

    /**
     * What follows for the officers of founded findings, in the order concluded: a reminder the first
     * two times, a review (kiểm điểm) after that; and one discipline, the latest finding against the
     * officer with the most.
     */
    private void decideOfficerActions(List<HotlineStory> stories) {
        Map<Long, List<Round>> byOfficer = new LinkedHashMap<>();
        List<Round> rounds = new ArrayList<>();
        Map<Round, HotlineStory> storyOf = new HashMap<>();
        for (HotlineStory s : stories) {
            for (Round round : s.second == null ? List.of(s.first) : List.of(s.first, s.second)) {
                if (round.conclusion != null && round.conclusion.isFounded() && s.officer != null
                        && !round.concludedAt.isAfter(now)) {
                    rounds.add(round);
                    storyOf.put(round, s);
                }
            }
        }
        rounds.sort(Comparator.comparing((Round round) -> round.concludedAt).thenComparingLong(x -> storyOf.get(x).id));
        for (Round round : rounds) {
            List<Round> mine = byOfficer.computeIfAbsent(storyOf.get(round).officer.id(), k -> new ArrayList<>());
            mine.add(round);
            round.foundedCount = mine.size();
            round.action = mine.size() <= 2 ? OfficerAction.REMINDER : OfficerAction.REVIEW;
        }
        byOfficer.values().stream()
                .filter(list -> list.size() >= 2)
                .max(Comparator.comparingInt((List<Round> list) -> list.size())
                        .thenComparing(list -> list.getLast().concludedAt, Comparator.reverseOrder()))
                .ifPresent(list -> list.getLast().action = OfficerAction.DISCIPLINE);
    }

    private LocalDateTime officeTime(LocalDate day, SplittableRandom r) {
        int minute = r.nextInt(100) < 55 ? 7 * 60 + 30 + r.nextInt(225) : 13 * 60 + 30 + r.nextInt(195);
        return day.atTime(minute / 60, minute % 60, r.nextInt(60));
    }

    /** {@code t}, or a little after {@code previous} when it would not come after it. */
    private static LocalDateTime after(LocalDateTime previous, LocalDateTime t, SplittableRandom r) {
        if (previous == NEVER || t == NEVER) {
            return NEVER;
        }
        return t.isAfter(previous) ? t : previous.plusMinutes(5 + r.nextInt(40));
    }

    private LocalDateTime cap(LocalDateTime t) {
        return t.isAfter(now) ? now : t;
    }
}
