package vn.camau.reform.demo.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.demo.generator.DossierSimulator.Draft;
import vn.camau.reform.demo.generator.DossierSimulator.Forced;
import vn.camau.reform.dossier.DossierRecord;

/**
 * Deterministic demo data: the same reference data, calendar, seed, size and {@code now} give the
 * same officers and dossiers, byte for byte. Pure Java, no database: the caller writes the chunks.
 *
 * <p>Volumes follow DOMAIN §5 (see {@link Calibration}): dossiers are spread over the working days from
 * {@link Calibration#FIRST_DAY} to today, split by level in the proportions of 2023. Before 1 July 2025
 * commune-level dossiers go to the former communes and district-level ones to the former districts;
 * from then on both go to the 64 new communes. Province-level dossiers are received by the provincial
 * service centre and handled by the agency of their field. Every day has its own random stream, so a
 * day's dossiers do not depend on how the load is chunked.
 */
public final class DemoGenerator {

    /** One batch of dossiers in id order. */
    public record Chunk(long[] ids, List<DossierRecord> dossiers) {
    }

    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");
    /** Relative popularity of the catalogued procedures (any other procedure weighs 1). */
    private static final Map<String, Double> POPULARITY = Map.ofEntries(
            // commune
            Map.entry("1.001193", 10.0), Map.entry("1.000894", 4.0), Map.entry("1.000656", 3.0),
            Map.entry("1.004873", 5.0), Map.entry("1.001022", 0.5), Map.entry("1.004859", 1.5),
            Map.entry("1.004884", 1.0), Map.entry("1.000689", 0.8), Map.entry("1.004837", 0.2),
            Map.entry("2.000635", 4.0), Map.entry("2.000815", 30.0), Map.entry("2.000884", 8.0),
            Map.entry("2.001035", 5.0), Map.entry("2.000913", 0.5), Map.entry("1.003554", 0.6),
            Map.entry("1.010819", 0.8), Map.entry("1.001699", 0.8), Map.entry("2.000751", 0.1),
            Map.entry("2.002165", 0.8), Map.entry("1.000954", 1.5), Map.entry("1.001055", 0.2),
            // district
            Map.entry("1.001695", 0.3), Map.entry("2.000908", 2.0), Map.entry("1.004227", 12.0),
            Map.entry("1.004238", 3.0), Map.entry("1.004206", 3.0), Map.entry("1.004217", 4.0),
            Map.entry("1.004199", 1.0), Map.entry("1.004193", 6.0), Map.entry("1.004188", 8.0),
            Map.entry("2.000720", 5.0), Map.entry("2.000719", 2.0), Map.entry("2.000575", 1.0),
            Map.entry("2.000592", 1.0), Map.entry("2.000633", 0.3), Map.entry("1.009997", 3.0),
            Map.entry("1.010805", 0.5), Map.entry("2.000286", 3.0), Map.entry("1.001776", 1.0),
            Map.entry("1.005099", 1.0), Map.entry("1.004889", 0.1), Map.entry("1.001645", 0.3),
            Map.entry("1.001029", 0.2),
            // province
            Map.entry("1.004269", 0.3), Map.entry("1.004245", 0.6), Map.entry("1.004080", 2.0),
            Map.entry("2.001610", 3.0), Map.entry("2.002040", 3.0), Map.entry("2.002042", 2.0),
            Map.entry("2.002045", 6.0), Map.entry("1.005147", 2.0), Map.entry("2.000647", 0.3),
            Map.entry("2.000591", 0.3), Map.entry("1.009972", 0.5), Map.entry("1.009994", 0.3),
            Map.entry("1.009928", 1.0), Map.entry("1.002809", 15.0), Map.entry("1.002804", 12.0),
            Map.entry("1.002859", 1.0), Map.entry("1.002856", 4.0), Map.entry("1.000459", 0.5),
            Map.entry("1.001978", 6.0), Map.entry("1.002252", 0.5), Map.entry("2.001914", 2.0),
            Map.entry("1.005092", 0.3), Map.entry("1.002287", 0.6), Map.entry("1.012269", 0.6),
            Map.entry("1.012287", 0.2), Map.entry("2.001236", 0.5), Map.entry("2.000488", 10.0),
            Map.entry("2.000505", 1.5), Map.entry("1.010727", 0.3), Map.entry("1.004232", 0.2),
            Map.entry("1.003371", 0.5), Map.entry("1.004359", 3.0), Map.entry("1.004692", 1.5),
            Map.entry("1.001809", 0.1), Map.entry("1.010093", 0.5), Map.entry("1.001085", 0.1));
    /** The provincial agency that resolves each field's province-level procedures (after the 2025 mergers). */
    private static final Map<String, String> AGENCY_OF_FIELD = Map.ofEntries(
            Map.entry("HO_TICH", "96.STP"), Map.entry("CHUNG_THUC", "96.STP"), Map.entry("LY_LICH_TU_PHAP", "96.STP"),
            Map.entry("DAT_DAI", "96.SNNMT"), Map.entry("MOI_TRUONG", "96.SNNMT"), Map.entry("NONG_NGHIEP", "96.SNNMT"),
            Map.entry("DOANH_NGHIEP", "96.STC"), Map.entry("TAI_CHINH", "96.STC"), Map.entry("HO_KINH_DOANH", "96.STC"),
            Map.entry("CONG_THUONG", "96.SCT"), Map.entry("XAY_DUNG", "96.SXD"), Map.entry("DUONG_BO", "96.SXD"),
            Map.entry("LAO_DONG", "96.SNV"), Map.entry("NGUOI_CO_CONG", "96.SNV"), Map.entry("BAO_TRO_XA_HOI", "96.SYT"),
            Map.entry("Y_TE", "96.SYT"), Map.entry("GIAO_DUC", "96.SGDDT"), Map.entry("VAN_HOA", "96.SVHTTDL"),
            Map.entry("TON_GIAO", "96.SDTTG"));
    /** Demo user lanhdao.anxuyen's ward: it always has something to look at today. */
    static final String AN_XUYEN_CODE = "32002";

    private final DemoReference reference;
    private final WorkingCalendar calendar;
    private final long seed;
    private final int size;
    private final LocalDateTime now;
    private final LocalDate today;
    private final OfficerRoster roster;
    private final DossierSimulator simulator;
    private final LateCauses causes;
    private final long firstDossierId;

    private final WeightedPicker<String> levels;
    private final Map<String, WeightedPicker<DemoProcedure>> proceduresByLevel = new HashMap<>();
    private final WeightedPicker<DemoUnit> formerDistricts;
    private final WeightedPicker<DemoUnit> formerCommunes;
    private final WeightedPicker<DemoUnit> newCommunes;
    private final Map<String, DemoUnit> agencyByCode = new HashMap<>();
    private final DemoUnit serviceCentre;

    /**
     * @param seed            the random seed: same seed, same data
     * @param size            how many dossiers in all
     * @param now             the moment the data is "as of": nothing happens after it
     * @param firstOfficerId  the first officer id to use (officers are numbered consecutively)
     * @param firstDossierId  the first dossier id to use
     */
    public DemoGenerator(DemoReference reference, WorkingCalendar calendar, long seed, int size, LocalDateTime now,
                         long firstOfficerId, long firstDossierId) {
        this.reference = reference;
        this.calendar = calendar;
        this.seed = seed;
        this.size = size;
        this.now = now;
        this.today = now.toLocalDate();
        this.firstDossierId = firstDossierId;
        this.roster = new OfficerRoster(reference.units(), firstOfficerId, seed);

        SplittableRandom rnd = new SplittableRandom(seed);
        for (DemoUnit u : reference.units()) {
            if (u.level() == UnitLevel.AGENCY) {
                agencyByCode.put(u.code(), u);
            }
        }
        serviceCentre = agencyByCode.get(OfficerRoster.SERVICE_CENTRE_CODE);
        if (serviceCentre == null) {
            throw new IllegalArgumentException("No provincial service centre " + OfficerRoster.SERVICE_CENTRE_CODE);
        }
        formerDistricts = unitPicker(u -> u.level() == UnitLevel.DISTRICT && u.isFormer(), rnd);
        formerCommunes = unitPicker(u -> u.level() == UnitLevel.COMMUNE && u.isFormer(), rnd);
        newCommunes = unitPicker(u -> u.level() == UnitLevel.COMMUNE && !u.isFormer(), rnd);

        List<String> levelNames = new ArrayList<>();
        for (String level : List.of("PROVINCE", "DISTRICT", "COMMUNE")) {
            List<DemoProcedure> ps = reference.procedures().stream().filter(p -> p.level().equals(level)).toList();
            if (!ps.isEmpty()) {
                proceduresByLevel.put(level, new WeightedPicker<>(ps, p -> POPULARITY.getOrDefault(p.code(), 1.0)));
                levelNames.add(level);
            }
        }
        levels = new WeightedPicker<>(levelNames, Calibration.LEVEL_VOLUME::get);

        Map<Long, Double> online = onlineShares();
        double feeOnline = expectedShare(p -> p.hasFee() ? 1 : 0, p -> online.get(p.id()));
        double whenOnline = Math.min(Calibration.PAID_ONLINE_WHEN_ONLINE, Calibration.PAID_ONLINE / Math.max(feeOnline, 1e-9));
        double whenOffline = clamp((Calibration.PAID_ONLINE - feeOnline * whenOnline) / Math.max(1e-9, 1 - feeOnline));
        this.causes = new LateCauses(seed, calendar, Calibration.FIRST_DAY, today, reference.units(),
                roster.officers());
        causes.scale(lateScales(causes));
        this.simulator = new DossierSimulator(calendar, roster, now, online, whenOnline, whenOffline, causes);
    }

    /**
     * The scales of each level's late chance that keep its late share the province's although the causes
     * make some dossiers far likelier late than others, before and after July 2025 alike: measured on a
     * sample of drafts drawn from a stream of its own (the data's streams are untouched). The slow
     * specialist's chance is capped so that they take at most their budget of the late dossiers; the base
     * is then solved so that the mean capped chance is the calibrated share.
     */
    private Map<String, double[]> lateScales(LateCauses causes) {
        Map<String, double[]> scales = new HashMap<>();
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x1A7E_CA05_E5L);
        int n = 60_000;
        for (boolean before : new boolean[] {true, false}) {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = Calibration.FIRST_DAY; !d.isAfter(today); d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d) && d.isBefore(Calibration.TWO_LEVELS_FROM) == before) {
                    days.add(d);
                }
            }
            if (days.isEmpty()) {
                continue;
            }
            for (String level : proceduresByLevel.keySet()) {
                double[] factors = new double[n];
                int slow = 0;
                for (int i = 0; i < n; i++) {
                    Draft d = draft(days.get(rnd.nextInt(days.size())), level, rnd);
                    DemoProcedure p = d.procedure();
                    DemoOfficer specialist = roster.specialist(d.handling().id(), OfficerRoster.deskOf(p.fieldCode()),
                            rnd);
                    boolean leaderShare = !p.sameDay() && !p.inHours() && p.limit() >= 3;
                    boolean resumed = leaderShare && rnd.nextDouble() < Calibration.SUPPLEMENT_REQUESTED;
                    if (causes.slowOfficer(specialist)) {
                        factors[i] = -1;
                        slow++;
                    } else {
                        factors[i] = causes.factor(p, d.handling().id(), specialist, d.receivedAt().toLocalDate(),
                                resumed);
                    }
                }
                double target = Calibration.LATE.get(level);
                double slowLate = slow == 0 ? LateCauses.SLOW_OFFICER_LATE : Math.min(LateCauses.SLOW_OFFICER_LATE,
                        LateCauses.SLOW_OFFICER_BUDGET * target * n / slow);
                double lo = 0;
                double hi = target;
                for (int k = 0; k < 60; k++) {
                    double mid = (lo + hi) / 2;
                    double mean = 0;
                    for (double f : factors) {
                        mean += f < 0 ? slowLate : Math.min(LateCauses.MOST, mid * f);
                    }
                    if (mean / n < target) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                scales.put(LateCauses.era(level, days.getFirst()), new double[] {lo, slowLate});
            }
        }
        return scales;
    }

    /** Why its dossiers are late: for the tests of the generator. */
    LateCauses causes() {
        return causes;
    }

    public List<DemoOfficer> officers() {
        return roster.officers();
    }

    public int size() {
        return size;
    }

    /**
     * Generates every dossier, oldest first, handing them out in chunks of about {@code chunkSize}
     * (a day's dossiers are never split, so chunk boundaries do not change the data).
     */
    public void generate(int chunkSize, Consumer<Chunk> sink) {
        List<LocalDate> days = workingDays();
        List<Draft>[] forced = scenario(days);
        int forcedCount = 0;
        for (List<Draft> f : forced) {
            forcedCount += f.size();
        }
        int[] perDay = allocate(days, Math.max(0, size - forcedCount));

        long nextId = firstDossierId;
        List<DossierRecord> chunk = new ArrayList<>(chunkSize + 2_000);
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + day.toEpochDay());
            List<Draft> drafts = new ArrayList<>(perDay[i] + forced[i].size());
            for (int k = 0; k < perDay[i]; k++) {
                drafts.add(draft(day, rnd));
            }
            drafts.addAll(forced[i]);
            drafts.sort(Comparator.comparing(Draft::receivedAt));
            Map<Long, Integer> sequence = new HashMap<>();
            String yymmdd = day.format(CODE_DAY);
            for (Draft d : drafts) {
                int seq = sequence.merge(d.receiving().id(), 1, Integer::sum);
                String code = d.receiving().codePrefix() + "-" + yymmdd + "-" + pad4(seq);
                chunk.add(simulator.simulate(code, d, rnd));
            }
            if (!chunk.isEmpty() && (chunk.size() >= chunkSize || i == days.size() - 1)) {
                long[] ids = new long[chunk.size()];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = nextId++;
                }
                sink.accept(new Chunk(ids, chunk));
                chunk = new ArrayList<>(chunkSize + 2_000);
            }
        }
    }

    /** All dossiers in one list: for tests and small sizes. */
    public List<DossierRecord> generateAll() {
        List<DossierRecord> all = new ArrayList<>(size);
        generate(10_000, c -> all.addAll(c.dossiers()));
        return all;
    }

    private Draft draft(LocalDate day, SplittableRandom rnd) {
        return draft(day, levels.pick(rnd), rnd);
    }

    private Draft draft(LocalDate day, String level, SplittableRandom rnd) {
        DemoProcedure p = proceduresByLevel.get(level).pick(rnd);
        DemoUnit receiving;
        DemoUnit handling;
        boolean twoLevels = !day.isBefore(Calibration.TWO_LEVELS_FROM);
        switch (level) {
            case "PROVINCE" -> {
                receiving = serviceCentre;
                handling = agencyByCode.getOrDefault(AGENCY_OF_FIELD.getOrDefault(p.fieldCode(), "96.VP"),
                        serviceCentre);
            }
            case "DISTRICT" -> handling = receiving = (twoLevels ? newCommunes : formerDistricts).pick(rnd);
            default -> handling = receiving = (twoLevels ? newCommunes : formerCommunes).pick(rnd);
        }
        return new Draft(p, receiving, handling, receptionTime(day, rnd), Forced.NONE, null);
    }

    private LocalDateTime receptionTime(LocalDate day, SplittableRandom rnd) {
        int minute = rnd.nextInt(100) < 55 ? 7 * 60 + rnd.nextInt(4 * 60 + 30) : 13 * 60 + rnd.nextInt(4 * 60);
        LocalDateTime t = day.atTime(minute / 60, minute % 60, rnd.nextInt(60));
        if (day.equals(today) && t.isAfter(now)) {
            // today's dossiers arrive before now: spread them over the office hours gone by
            long start = day.atTime(7, 0).toLocalTime().toSecondOfDay();
            long span = Math.max(60, now.toLocalTime().toSecondOfDay() - start);
            t = day.atStartOfDay().plusSeconds(start + (long) (rnd.nextDouble() * span));
            if (t.isAfter(now)) {
                t = now;
            }
        }
        return t;
    }

    /** Working days from the first day to today; today only once office hours have begun. */
    private List<LocalDate> workingDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = Calibration.FIRST_DAY; !d.isAfter(today); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d) && (d.isBefore(today) || now.getHour() >= 7)) {
                days.add(d);
            }
        }
        return days;
    }

    /**
     * Spreads {@code total} dossiers over the days: more on Mondays, before Tết and at year end, a
     * little growth year on year, fewer on make-up Saturdays; today only the part of the day gone by.
     * Largest remainders, so the counts add up exactly.
     */
    private int[] allocate(List<LocalDate> days, int total) {
        double[] w = new double[days.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            LocalDate d = days.get(i);
            double x = switch (d.getDayOfWeek()) {
                case MONDAY -> 1.15;
                case FRIDAY -> 0.92;
                case SATURDAY -> 0.6;
                default -> 1.0;
            };
            x *= switch (d.getMonthValue()) {
                case 1 -> 1.12;
                case 2 -> 0.88;
                case 12 -> 1.08;
                default -> 1.0;
            };
            x *= 1 + 0.04 * (d.getYear() - Calibration.FIRST_DAY.getYear());
            if (d.equals(today)) {
                x *= Math.min(1, Math.max(0.05, (now.toLocalTime().toSecondOfDay() - 7 * 3600) / (10.0 * 3600)));
            }
            w[i] = x;
            sum += x;
        }
        int[] counts = new int[w.length];
        double[] remainder = new double[w.length];
        int given = 0;
        for (int i = 0; i < w.length; i++) {
            double exact = total * w[i] / sum;
            counts[i] = (int) exact;
            remainder[i] = exact - counts[i];
            given += counts[i];
        }
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int k = 0; given < total && k < order.length; k++, given++) {
            counts[order[k]]++;
        }
        return counts;
    }

    /**
     * Today's situation worth a leader's look: a handful of overdue dossiers in a few communes (three
     * in Phường An Xuyên), a few more due today or on the next working day, and three still with the new
     * communes' slow specialist ({@link LateCauses}) a day or two before their due date, all still open.
     */
    @SuppressWarnings("unchecked")
    private List<Draft>[] scenario(List<LocalDate> days) {
        List<Draft>[] byDay = new List[days.size()];
        for (int i = 0; i < byDay.length; i++) {
            byDay[i] = new ArrayList<>(0);
        }
        if (size < 1_000 || today.isBefore(Calibration.TWO_LEVELS_FROM.plusMonths(2))) {
            return byDay;
        }
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            index.put(days.get(i), i);
        }
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5CE7A210L);
        List<DemoUnit> communes = new ArrayList<>(newCommunes.items());
        DemoUnit anXuyen = communes.stream().filter(u -> u.code().equals(AN_XUYEN_CODE)).findFirst()
                .orElse(communes.getFirst());
        communes.remove(anXuyen);
        List<DemoUnit> others = new ArrayList<>();
        for (int k = 0; k < 6 && !communes.isEmpty(); k++) {
            others.add(communes.remove(rnd.nextInt(communes.size())));
        }
        List<DemoProcedure> eligible = new ArrayList<>();
        for (String level : List.of("COMMUNE", "DISTRICT")) {
            if (proceduresByLevel.containsKey(level)) {
                eligible.addAll(proceduresByLevel.get(level).items().stream()
                        .filter(p -> !p.sameDay() && !p.inHours() && p.limit() >= 3 && p.limit() <= 20).toList());
            }
        }
        if (eligible.isEmpty()) {
            return byDay;
        }
        WeightedPicker<DemoProcedure> procedures = new WeightedPicker<>(eligible,
                p -> POPULARITY.getOrDefault(p.code(), 1.0));
        LocalDate lastWorkingDay = calendar.isWorkingDay(today) ? today : calendar.addWorkingDays(today, -1);
        // overdue: 3 in An Xuyên, 1–2 in each of five other communes
        for (int k = 0; k < 3; k++) {
            addForced(byDay, index, Forced.OVERDUE, anXuyen, procedures.pick(rnd),
                    calendar.addWorkingDays(lastWorkingDay, -(1 + k * 2)), rnd);
        }
        for (int c = 0; c < Math.min(5, others.size()); c++) {
            int n = 1 + rnd.nextInt(2);
            for (int k = 0; k < n; k++) {
                addForced(byDay, index, Forced.OVERDUE, others.get(c), procedures.pick(rnd),
                        calendar.addWorkingDays(lastWorkingDay, -(1 + rnd.nextInt(4))), rnd);
            }
        }
        // due soon: 3 in An Xuyên, 1–2 in three other communes
        LocalDate next = calendar.addWorkingDays(today, 1);
        boolean todayStillOpen = calendar.isWorkingDay(today) && now.getHour() < 15;
        for (int k = 0; k < 3; k++) {
            addForced(byDay, index, Forced.DUE_SOON, anXuyen, procedures.pick(rnd),
                    todayStillOpen && k < 2 ? today : next, rnd);
        }
        for (int c = 3; c < Math.min(6, others.size()); c++) {
            int n = 1 + rnd.nextInt(2);
            for (int k = 0; k < n; k++) {
                addForced(byDay, index, Forced.DUE_SOON, others.get(c), procedures.pick(rnd),
                        todayStillOpen && rnd.nextBoolean() ? today : next, rnd);
            }
        }
        // at risk: three dossiers still on the desk of the new communes' slow specialist, due in one or two
        // working days; whether the late-risk warning flags them is for its history of that specialist to say
        for (DemoUnit unit : newCommunes.items()) {
            causes.slowOfficerIn(unit.id()).ifPresent(slow -> {
                List<DemoProcedure> theirs = eligible.stream()
                        .filter(p -> OfficerRoster.deskOf(p.fieldCode()) == slow.desk()).toList();
                if (!theirs.isEmpty()) {
                    WeightedPicker<DemoProcedure> picker = new WeightedPicker<>(theirs,
                            p -> POPULARITY.getOrDefault(p.code(), 1.0));
                    for (int k = 0; k < 3; k++) {
                        addForced(byDay, index, Forced.AT_RISK, unit, picker.pick(rnd),
                                calendar.addWorkingDays(today, 1 + k % 2), rnd);
                    }
                }
            });
        }
        return byDay;
    }

    private void addForced(List<Draft>[] byDay, Map<LocalDate, Integer> index, Forced kind, DemoUnit unit,
                           DemoProcedure p, LocalDate due, SplittableRandom rnd) {
        LocalDate received = calendar.addWorkingDays(due, -p.limit());
        Integer i = index.get(received);
        if (i == null || received.isBefore(Calibration.TWO_LEVELS_FROM) || !received.isBefore(today)) {
            return;
        }
        LocalDate resolution = switch (kind) {
            case OVERDUE -> calendar.addWorkingDays(today, 1 + rnd.nextInt(3));
            case AT_RISK -> calendar.addWorkingDays(due, 1 + rnd.nextInt(2));
            default -> due;
        };
        byDay[i].add(new Draft(p, unit, unit, receptionTime(received, rnd), kind, resolution));
    }

    /**
     * The online probability of each procedure: fully online procedures and same-day civil status are
     * done online most, certifications (which need the originals) least; scaled so that the expected
     * share over all dossiers is {@link Calibration#ONLINE}.
     */
    private Map<Long, Double> onlineShares() {
        Map<Long, Double> propensity = new HashMap<>();
        for (DemoProcedure p : reference.procedures()) {
            double x = p.fullyOnline() ? 1.0 : switch (p.fieldCode()) {
                case "CHUNG_THUC" -> 0.55;
                case "DAT_DAI", "XAY_DUNG" -> 0.8;
                default -> 0.9;
            };
            propensity.put(p.id(), x);
        }
        double lo = 0;
        double hi = 5;
        for (int k = 0; k < 60; k++) {
            double mid = (lo + hi) / 2;
            double share = expectedShare(p -> 1, p -> Math.min(0.985, mid * propensity.get(p.id())));
            if (share < Calibration.ONLINE) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double k = lo;
        Map<Long, Double> result = new HashMap<>();
        propensity.forEach((id, x) -> result.put(id, Math.min(0.985, k * x)));
        return result;
    }

    /** The expected value of {@code value} over dossiers, among those where {@code filter} is 1. */
    private double expectedShare(java.util.function.ToDoubleFunction<DemoProcedure> filter,
                                 java.util.function.ToDoubleFunction<DemoProcedure> value) {
        double num = 0;
        double den = 0;
        double levelTotal = levels.total();
        for (String level : proceduresByLevel.keySet()) {
            WeightedPicker<DemoProcedure> picker = proceduresByLevel.get(level);
            double levelShare = Calibration.LEVEL_VOLUME.get(level) / levelTotal;
            for (DemoProcedure p : picker.items()) {
                double w = levelShare * POPULARITY.getOrDefault(p.code(), 1.0) / picker.total() * filter.applyAsDouble(p);
                num += w * value.applyAsDouble(p);
                den += w;
            }
        }
        return den == 0 ? 0 : num / den;
    }

    private WeightedPicker<DemoUnit> unitPicker(java.util.function.Predicate<DemoUnit> which, SplittableRandom rnd) {
        List<DemoUnit> units = reference.units().stream().filter(which).toList();
        Map<Long, Double> weight = new HashMap<>();
        for (DemoUnit u : units) {
            double kind = switch (u.kindLabel()) {
                case "Phường" -> 1.6;
                case "Thị trấn" -> 1.4;
                case "Thành phố" -> 2.0;
                case "Thị xã" -> 1.4;
                default -> 1.0;
            };
            // a log-normal spread: some communes are busier than others
            weight.put(u.id(), kind * Math.exp(0.35 * gaussian(rnd)));
        }
        return new WeightedPicker<>(units, u -> weight.get(u.id()));
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box–Muller, so that the value depends only on the SplittableRandom's stream
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double clamp(double p) {
        return Math.max(0.02, Math.min(0.98, p));
    }

    private static String pad4(int n) {
        return n >= 1000 ? Integer.toString(n) : n >= 100 ? "0" + n : n >= 10 ? "00" + n : "000" + n;
    }
}
