package vn.camau.reform.dossier.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.repository.SettingRepository;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.risk.query.LateRiskQuery;
import vn.camau.reform.dossier.risk.repository.LateRiskRepository;

/**
 * Trains the model on the 12 months before a day and scores the open dossiers with it. Runs for the
 * nightly job and after events arrive; nobody's scope applies (it scores the whole province), so no
 * screen calls it.
 */
@Component
public class LateRiskScoring {

    /** The history the model learns from: the dossiers resolved in the 12 months before the day. */
    public static final int WINDOW_MONTHS = 12;

    private final LateRiskQuery query;
    private final LateRiskRepository repository;
    private final CalendarService calendar;
    private final SettingRepository settings;
    private final Clock clock;

    LateRiskScoring(LateRiskQuery query, LateRiskRepository repository, CalendarService calendar,
                    SettingRepository settings, Clock clock) {
        this.query = query;
        this.repository = repository;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Both settings in one read; a missing or unreadable value falls back to the default. */
    public LateRiskSettings settings() {
        Map<String, String> stored = settings.find(List.of(LateRiskSettings.THRESHOLD, LateRiskSettings.MIN_CASES));
        double threshold = Optional.ofNullable(stored.get(LateRiskSettings.THRESHOLD)).map(Double::parseDouble)
                .orElse(LateRiskSettings.DEFAULTS.threshold());
        int minCases = Optional.ofNullable(stored.get(LateRiskSettings.MIN_CASES)).map(Integer::parseInt)
                .orElse(LateRiskSettings.DEFAULTS.minCases());
        return new LateRiskSettings(threshold, minCases);
    }

    /** What a nightly run did. */
    public record Outcome(int dossiersLearned, int cells, int scored, int withFigure) {
    }

    /** Trains for {@code day} and scores every open dossier, in one transaction (all or nothing). */
    @Transactional
    public Outcome refresh(LocalDate day) {
        int[] learned = {0};
        WorkingDays days = workingDays(day);
        LocalDate from = day.minusMonths(WINDOW_MONTHS);
        LateRiskModel.Trainer trainer = new LateRiskModel.Trainer();
        query.resolvedBetween(from, day, h -> {
            learned[0]++;
            h.samples(days).forEach(trainer::add);
        });
        LateRiskModel model = trainer.build();
        repository.replaceCells(model.cells(), day, from);
        List<LateRiskRepository.Score> scores = score(model, query.openSteps(day, null), day, days);
        repository.replaceScores(null, scores, day, LocalDateTime.now(clock));
        return new Outcome(learned[0], model.cells().size(), scores.size(),
                (int) scores.stream().filter(s -> s.risk().enoughHistory()).count());
    }

    /**
     * Scores every open dossier again from the stored model (the benchmark times this: the part of the
     * nightly run that must stay under 5 seconds for the province's few thousand open dossiers).
     *
     * @return how many were scored
     */
    @Transactional
    public int scoreAll(LocalDate day) {
        List<LateRiskQuery.OpenRow> open = query.openSteps(day, null);
        TreeSet<Long> procedures = new TreeSet<>();
        open.forEach(o -> procedures.add(o.procedureId()));
        LateRiskModel model = new LateRiskModel(procedures.isEmpty() ? List.of() : query.cells(procedures));
        List<LateRiskRepository.Score> scores = score(model, open, day, workingDays(day));
        repository.replaceScores(null, scores, day, LocalDateTime.now(clock));
        return scores.size();
    }

    /**
     * Scores these dossiers again from the stored cells (their events just moved them to another step,
     * or out of scoring: finished, waiting for the applicant), in a transaction of its own.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void rescore(Collection<Long> dossierIds) {
        if (dossierIds.isEmpty()) {
            return;
        }
        LocalDate day = today();
        List<LateRiskQuery.OpenRow> open = query.openSteps(day, dossierIds);
        TreeSet<Long> procedures = new TreeSet<>();
        open.forEach(o -> procedures.add(o.procedureId()));
        LateRiskModel model = new LateRiskModel(procedures.isEmpty() ? List.of() : query.cells(procedures));
        repository.replaceScores(dossierIds, score(model, open, day, workingDays(day)), day,
                LocalDateTime.now(clock));
    }

    private WorkingDays workingDays(LocalDate day) {
        WorkingCalendar cal = calendar.calendar();
        return new WorkingDays(cal, day.minusMonths(WINDOW_MONTHS * 2L), day.plusYears(2));
    }

    private List<LateRiskRepository.Score> score(LateRiskModel model, List<LateRiskQuery.OpenRow> open,
                                                 LocalDate day, WorkingDays days) {
        int minCases = settings().minCases();
        List<LateRiskRepository.Score> scores = new ArrayList<>(open.size());
        for (LateRiskQuery.OpenRow o : open) {
            // waiting for the applicant: the clock stands still, nothing to warn about until it runs
            if (!DossierHistory.scored(o.state())) {
                continue;
            }
            LocalDate started = o.stepStartedAt().toLocalDate();
            OpenStep step = new OpenStep(o.dossierId(), o.procedureId(), o.step(), o.unitId(), o.officerId(),
                    Math.max(0, days.between(started.isAfter(day) ? day : started, day)),
                    Math.max(0, days.between(day, o.dueDate())));
            scores.add(new LateRiskRepository.Score(o.dossierId(), model.assess(step, minCases)));
        }
        return scores;
    }
}
