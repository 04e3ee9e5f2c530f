package vn.camau.reform.dossier.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.demo.DemoDataService;
import vn.camau.reform.dossier.DossierEventRecord;
import vn.camau.reform.dossier.DossierRecord;
import vn.camau.reform.dossier.DossierState;

/**
 * The late-risk backtest of issue 21, run by hand like the benchmarks (never part of the build):
 * <pre>
 * SPRING_DATASOURCE_URL='jdbc:mariadb://127.0.0.1:3306/earlywarn_test' SPRING_DATASOURCE_USERNAME=root \
 *   ./mvnw test -Dtest=LateRiskBacktest -Dbacktest.dossiers=300000 [-Dbacktest.days=60]
 * </pre>
 * It generates the demo history in memory ({@code backtest.dossiers} dossiers since 2023, seed 20250701;
 * the database only lends its units, procedures and calendar, nothing is written), then replays the last
 * {@code backtest.days} working days that ended at least 30 days ago, day by day: each morning the model is
 * trained on the dossiers resolved in the 12 months before that day (never on a later one) and scores every
 * dossier then open, not yet overdue and not waiting for the applicant, from its events before that day.
 * A dossier is flagged by a rule the first day the rule fires; it is late when resolved after its due date
 * (or still open past it today). Dossiers withdrawn or stopped, or whose outcome is not known yet, are left
 * out, and so are those with a supplement request after the day (their due date moved later, which the
 * morning could not know). Prints precision, recall and the median working days of warning before the due
 * date for the model at several thresholds and for the naive rule "due within N working days", and the
 * calibration table (predicted against observed late share by risk decile); also to
 * {@code target/backtest/late-risk.md}.
 */
@SpringBootTest(properties = "app.demo.enabled=false")
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "backtest.dossiers", matches = "\\d+")
class LateRiskBacktest {

    private static final double[] THRESHOLDS = {0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5};
    private static final int[] NAIVE_DAYS = {0, 1, 2, 3, 5};
    private static final int MIN_CASES = 20;

    @Autowired
    DemoDataService demo;
    @Autowired
    CalendarService calendar;
    @Autowired
    Clock clock;

    private final List<String> lines = new ArrayList<>();

    /** One dossier, as compact as the replay needs it. */
    private record Case(long procedureId, LocalDate dueDate, LocalDate finishedDay, boolean resolved,
                        LocalDate resolvedDay, DossierHistory.Step[] steps, LocalDate lastSupplementDay) {
    }

    @Test
    void replay() throws Exception {
        int size = Integer.getInteger("backtest.dossiers");
        int heldOutDays = Integer.getInteger("backtest.days", 60);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        WorkingCalendar cal = calendar.calendar();
        WorkingDays days = new WorkingDays(cal, LocalDate.of(2022, 1, 1), today.plusYears(1));
        long t0 = System.nanoTime();
        List<Case> cases = new ArrayList<>(size);
        Map<String, String> interned = new HashMap<>();
        demo.generator(size, 20250701L, now).generate(10_000, chunk -> chunk.dossiers().forEach(d -> {
            Case c = compact(d, interned);
            if (c != null) {
                cases.add(c);
            }
        }));
        List<StepSample> samples = new ArrayList<>();
        for (Case c : cases) {
            if (c.resolved()) {
                samples.addAll(new DossierHistory(c.procedureId(), c.dueDate(), c.resolvedDay(), List.of(c.steps()))
                        .samples(days));
            }
        }
        samples.sort(Comparator.comparing(StepSample::resolvedDay));
        LocalDate[] sampleDays = samples.stream().map(StepSample::resolvedDay).toArray(LocalDate[]::new);
        line("Generated %,d dossiers (%,d step samples) in %.1f s; today %s", cases.size(), samples.size(),
                (System.nanoTime() - t0) / 1e9, today);

        LocalDate last = cal.workingDaysBefore(today.minusDays(30), 0);
        LocalDate first = cal.workingDaysBefore(last, heldOutDays - 1);
        Map<Case, Outcome> outcomes = new HashMap<>();
        long[][] calibration = new long[10][2];
        double[] predictedSum = new double[10];
        long scored = 0, noFigure = 0;
        for (LocalDate day = first; !day.isAfter(last); day = cal.addWorkingDays(day, 1)) {
            int from = lowerBound(sampleDays, day.minusMonths(LateRiskScoring.WINDOW_MONTHS));
            int to = lowerBound(sampleDays, day);
            LateRiskModel model = LateRiskModel.train(samples.subList(from, to));
            for (Case c : cases) {
                Boolean late = lateness(c, today);
                if (late == null || !openOn(c, day) || c.dueDate().isBefore(day)
                        || c.lastSupplementDay() != null && !c.lastSupplementDay().isBefore(day)) {
                    continue;
                }
                DossierHistory.Step step = stepBefore(c, day);
                if (step == null || !DossierHistory.scored(step.state())) {
                    continue;
                }
                int left = days.between(day, c.dueDate());
                LateRisk r = model.assess(new OpenStep(0, c.procedureId(), step.name(), step.unitId(),
                        step.officerId(), Math.max(0, days.between(step.startDay(), day)), left), MIN_CASES);
                Outcome o = outcomes.computeIfAbsent(c, k -> new Outcome(late));
                o.seen(day, left, r.probability());
                scored++;
                if (r.probability() == null) {
                    noFigure++;
                    continue;
                }
                int decile = Math.min(9, (int) (r.probability() * 10));
                calibration[decile][0]++;
                calibration[decile][1] += late ? 1 : 0;
                predictedSum[decile] += r.probability();
            }
        }
        long lateCases = outcomes.values().stream().filter(o -> o.late).count();
        line("Held out: %s to %s (%d working days); %,d dossiers open and not yet overdue on at least one of them, "
                        + "%,d of them late; %,d dossier-days scored, %,d without a figure (fewer than %d cases)",
                first, last, heldOutDays, outcomes.size(), lateCases, scored, noFigure, MIN_CASES);
        line("");
        line("| rule | flagged | late among flagged | precision | recall | median working days of warning |");
        line("|---|---|---|---|---|---|");
        for (double t : THRESHOLDS) {
            report("model, risk ≥ " + t, outcomes.values(), days, o -> o.firstAtRisk(t));
        }
        for (int n : NAIVE_DAYS) {
            report("naive, due within " + n + " working days", outcomes.values(), days, o -> o.firstWithin(n));
        }
        line("");
        line("| predicted risk | dossier-days | mean predicted | observed late share |");
        line("|---|---|---|---|");
        for (int i = 0; i < 10; i++) {
            long n = calibration[i][0];
            line("| %.1f–%.1f | %,d | %s | %s |", i / 10.0, (i + 1) / 10.0, n,
                    n == 0 ? "–" : String.format("%.4f", predictedSum[i] / n),
                    n == 0 ? "–" : String.format("%.4f", calibration[i][1] / (double) n));
        }
        line("");
        line("Took %.1f s in all", (System.nanoTime() - t0) / 1e9);
        Path out = Path.of("target", "backtest");
        Files.createDirectories(out);
        Files.write(out.resolve("late-risk.md"), lines);
    }

    /** What one dossier did over the held-out days. */
    private static final class Outcome {
        final boolean late;
        final List<LocalDate> days = new ArrayList<>();
        final List<Integer> left = new ArrayList<>();
        final List<Double> risk = new ArrayList<>();

        Outcome(boolean late) {
            this.late = late;
        }

        void seen(LocalDate day, int daysLeft, Double probability) {
            days.add(day);
            left.add(daysLeft);
            risk.add(probability);
        }

        /** The index of the first day the model flagged it at {@code t}, or -1. */
        int firstAtRisk(double t) {
            for (int i = 0; i < days.size(); i++) {
                if (risk.get(i) != null && risk.get(i) >= t) {
                    return i;
                }
            }
            return -1;
        }

        int firstWithin(int n) {
            for (int i = 0; i < days.size(); i++) {
                if (left.get(i) <= n) {
                    return i;
                }
            }
            return -1;
        }
    }

    private void report(String rule, java.util.Collection<Outcome> all, WorkingDays days,
                        java.util.function.ToIntFunction<Outcome> firstFlag) {
        long flagged = 0, hits = 0, late = 0;
        List<Integer> warning = new ArrayList<>();
        for (Outcome o : all) {
            int i = firstFlag.applyAsInt(o);
            late += o.late ? 1 : 0;
            if (i >= 0) {
                flagged++;
                if (o.late) {
                    hits++;
                    warning.add(o.left.get(i));
                }
            }
        }
        int[] w = warning.stream().mapToInt(Integer::intValue).sorted().toArray();
        line("| %s | %,d | %,d | %s | %s | %s |", rule, flagged, hits,
                flagged == 0 ? "–" : String.format("%.4f", hits / (double) flagged),
                late == 0 ? "–" : String.format("%.3f", hits / (double) late),
                w.length == 0 ? "–" : String.valueOf(w[(w.length - 1) / 2]));
    }

    /** True late, false on time, null when not known or not a question (withdrawn, stopped, still running). */
    private static Boolean lateness(Case c, LocalDate today) {
        if (c.resolved()) {
            return c.resolvedDay().isAfter(c.dueDate());
        }
        if (c.finishedDay() != null) {
            return null;
        }
        return c.dueDate().isBefore(today) ? Boolean.TRUE : null;
    }

    /** Open on the morning of {@code day}: received before it and not finished before it. */
    private static boolean openOn(Case c, LocalDate day) {
        return c.steps().length > 0 && c.steps()[0].startDay().isBefore(day)
                && (c.finishedDay() == null || !c.finishedDay().isBefore(day));
    }

    /** The step it was in on the morning of {@code day}: its latest event before that day. */
    private static DossierHistory.Step stepBefore(Case c, LocalDate day) {
        DossierHistory.Step found = null;
        for (DossierHistory.Step s : c.steps()) {
            if (s.startDay().isBefore(day)) {
                found = s;
            }
        }
        return found;
    }

    private static int lowerBound(LocalDate[] sorted, LocalDate key) {
        int i = Arrays.binarySearch(sorted, key, Comparator.naturalOrder());
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1].equals(key)) {
            i--;
        }
        return i;
    }

    private static Case compact(DossierRecord d, Map<String, String> interned) {
        if (!d.state().isReceived() || d.events().isEmpty()) {
            return null;
        }
        LocalDate lastSupplement = null;
        DossierHistory.Step[] steps = new DossierHistory.Step[d.events().size()];
        for (int i = 0; i < steps.length; i++) {
            DossierEventRecord e = d.events().get(i);
            steps[i] = new DossierHistory.Step(e.eventAt().toLocalDate(), e.state(),
                    interned.computeIfAbsent(e.stepName(), k -> k), e.unitId(), e.officerId());
            if (e.state() == DossierState.SUPPLEMENT_REQUESTED) {
                lastSupplement = e.eventAt().toLocalDate();
            }
        }
        return new Case(d.procedureId(), d.dueDate(), d.finishedAt() == null ? null : d.finishedAt().toLocalDate(),
                d.resolvedAt() != null, d.resolvedAt() == null ? null : d.resolvedAt().toLocalDate(), steps,
                lastSupplement);
    }

    private void line(String format, Object... args) {
        String s = String.format(format, args);
        lines.add(s);
        System.out.println(s);
    }
}
