package vn.camau.reform.demo.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.calendar.WorkingCalendar;

/**
 * Why a demo dossier is late (issue 21): lateness is not drawn at random but has causes a history can
 * show. A few procedures have a slow appraisal, a few units are slow, a few specialists are much slower
 * than their colleagues (the strongest cause: a history of them is what lets a warning come early), the dossiers received around a long holiday (Tết, 30/4–1/5, 2/9: four or more
 * days off in a row) meet a backlog, and a dossier that came back after a supplement request (bổ sung hồ
 * sơ) is often put aside. Each cause multiplies the dossier's chance of being late (a slow specialist's
 * dossiers have a chance of their own); the chances are then scaled per level so that the late shares stay the province's (DOMAIN §5, {@link Calibration#LATE}).
 *
 * <p>Which procedures, units and officers are slow is drawn from the generator's seed and their codes
 * alone, so the same seed always picks the same ones whatever the size.
 */
final class LateCauses {

    /** Share of procedures whose appraisal is slow, and how much likelier their dossiers are late. */
    static final double SLOW_PROCEDURES = 0.08;
    static final double SLOW_PROCEDURE_FACTOR = 3;
    /** Share of handling units that are slow (understaffed), and the factor. */
    static final double SLOW_UNITS = 0.05;
    static final double SLOW_UNIT_FACTOR = 3;
    /**
     * The late chance of a dossier appraised by a slow specialist: one land specialist in one unit of each
     * kind (former districts, former communes, the new communes) falls behind on up to three dossiers in ten,
     * less where that would take more than {@link #SLOW_OFFICER_BUDGET} of the level's late dossiers. Not in
     * the provincial agencies, whose late share (1 in 70,516) leaves no room for one.
     */
    static final double SLOW_OFFICER_LATE = 0.3;
    static final double SLOW_OFFICER_BUDGET = 0.75;
    /** Dossiers received within this many working days before or after a long holiday meet a backlog. */
    static final int BACKLOG_DAYS = 5;
    /** A break of at least this many days off in a row is a long holiday (a weekend is two). */
    static final int LONG_HOLIDAY = 4;
    static final double BACKLOG_FACTOR = 4;
    /** A dossier resumed after a supplement request. */
    static final double SUPPLEMENT_FACTOR = 10;
    /** No dossier is late with certainty: the causes raise the chance, never to one. */
    static final double MOST = 0.6;

    private final long seed;
    private final Set<LocalDate> backlogDays = new HashSet<>();
    private final Set<Long> slowOfficers = new HashSet<>();
    private final Map<Long, DemoOfficer> slowByUnit = new HashMap<>();
    private Map<String, double[]> scale = Map.of();

    LateCauses(long seed, WorkingCalendar calendar, LocalDate from, LocalDate to, List<DemoUnit> units,
               List<DemoOfficer> officers) {
        this.seed = seed;
        pickSlowOfficers(units, officers);
        // walk the days off: a run of LONG_HOLIDAY or more marks the working days around it
        LocalDate d = from.minusDays(30);
        LocalDate end = to.plusDays(30);
        while (!d.isAfter(end)) {
            if (calendar.isWorkingDay(d)) {
                d = d.plusDays(1);
                continue;
            }
            LocalDate first = d;
            while (!calendar.isWorkingDay(d) && !d.isAfter(end)) {
                d = d.plusDays(1);
            }
            if (java.time.temporal.ChronoUnit.DAYS.between(first, d) >= LONG_HOLIDAY) {
                LocalDate before = first.minusDays(1);
                LocalDate after = d;
                for (int k = 0; k < BACKLOG_DAYS; k++) {
                    backlogDays.add(before);
                    backlogDays.add(after);
                    before = calendar.addWorkingDays(before, -1);
                    after = calendar.addWorkingDays(after, 1);
                }
            }
        }
    }

    /** In each kind of commune or district, the unit drawn first, and in it the land specialist drawn first. */
    private void pickSlowOfficers(List<DemoUnit> units, List<DemoOfficer> officers) {
        Map<Long, List<DemoOfficer>> specialists = new HashMap<>();
        for (DemoOfficer o : officers) {
            if (o.duty() == DemoOfficer.Duty.SPECIALIST && o.desk() == DemoOfficer.Desk.LAND) {
                specialists.computeIfAbsent(o.unitId(), k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, DemoUnit> firstOfKind = new TreeMap<>();
        for (DemoUnit u : units) {
            if (u.level() == UnitLevel.AGENCY || !specialists.containsKey(u.id())) {
                continue;
            }
            String kind = u.level() + (u.isFormer() ? "-former" : "");
            DemoUnit first = firstOfKind.get(kind);
            if (first == null || draw("S" + u.id()) < draw("S" + first.id())) {
                firstOfKind.put(kind, u);
            }
        }
        for (DemoUnit u : firstOfKind.values()) {
            specialists.get(u.id()).stream().min(Comparator.comparingDouble(o -> draw("O" + o.code())))
                    .ifPresent(o -> {
                        slowOfficers.add(o.id());
                        slowByUnit.put(u.id(), o);
                    });
        }
    }

    /**
     * The scale of each level and era ({@link #era}), set once the generator has measured them: the base
     * chance the causes multiply, and the slow specialist's chance.
     */
    void scale(Map<String, double[]> perLevelAndEra) {
        this.scale = Map.copyOf(perLevelAndEra);
    }

    /** Scales are solved per level and per side of July 2025, when other units (and officers) took over. */
    static String era(String level, LocalDate received) {
        return level + (received.isBefore(Calibration.TWO_LEVELS_FROM) ? "-before" : "-from");
    }

    boolean slowProcedure(DemoProcedure p) {
        return draw("P" + p.code()) < SLOW_PROCEDURES;
    }

    boolean slowUnit(long unitId) {
        return draw("U" + unitId) < SLOW_UNITS;
    }

    /** The slow specialists, by unit. */
    java.util.Optional<DemoOfficer> slowOfficerIn(long unitId) {
        return java.util.Optional.ofNullable(slowByUnit.get(unitId));
    }

    boolean slowOfficer(DemoOfficer o) {
        return slowOfficers.contains(o.id());
    }

    boolean backlog(LocalDate received) {
        return backlogDays.contains(received);
    }

    /** How much likelier than an ordinary dossier this one is to be late. */
    double factor(DemoProcedure p, long handlingUnitId, DemoOfficer specialist, LocalDate received,
                  boolean resumed) {
        double f = 1;
        if (slowProcedure(p)) {
            f *= SLOW_PROCEDURE_FACTOR;
        }
        if (slowUnit(handlingUnitId)) {
            f *= SLOW_UNIT_FACTOR;
        }
        if (backlog(received)) {
            f *= BACKLOG_FACTOR;
        }
        if (resumed) {
            f *= SUPPLEMENT_FACTOR;
        }
        return f;
    }

    /** The chance this dossier ends late: the slow specialist's, or the level's scale times its causes, capped. */
    double probability(DemoProcedure p, long handlingUnitId, DemoOfficer specialist, LocalDate received,
                       boolean resumed) {
        double[] s = scale.get(era(p.level(), received));
        if (slowOfficer(specialist)) {
            return s == null ? SLOW_OFFICER_LATE : s[1];
        }
        double base = s == null ? Calibration.LATE.get(p.level()) : s[0];
        return Math.min(MOST, base * factor(p, handlingUnitId, specialist, received, resumed));
    }

    /** A uniform number fixed by the seed and the key: the same procedure, unit or officer, the same answer. */
    private double draw(String key) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L;
        }
        return new SplittableRandom(h).nextDouble();
    }
}
