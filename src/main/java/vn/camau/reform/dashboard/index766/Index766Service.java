package vn.camau.reform.dashboard.index766;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dashboard.index766.repository.IndexEntryRepository;
import vn.camau.reform.dashboard.index766.repository.IndexRuleSetRepository;

/**
 * The service index (Decision 766/QĐ-TTg) of a unit over a period, scored from the dashboard's
 * figures under the rule set in force at the period's end. It sits under the dashboard because it
 * composes dossier and hotline figures, as the dashboard does.
 *
 * <p>{@link #score(long, Period, Indicators)} is the one place a unit's figures become its index:
 * the view, the ranking, the trend, the API and the monthly report all go through it, so whatever
 * is added to scoring (figures entered by hand, for one) reaches every screen alike.
 */
@Service
public class Index766Service {

    private final IndexRuleSetRepository repository;
    private final IndexEntryRepository entries;
    private final IndicatorService indicators;

    public Index766Service(IndexRuleSetRepository repository, IndexEntryRepository entries,
                           IndicatorService indicators) {
        this.repository = repository;
        this.entries = entries;
        this.indicators = indicators;
    }

    public List<IndexRuleSet> ruleSets() {
        return repository.findAll();
    }

    /** The rule set in force on the day, validated. */
    public IndexRuleSet ruleSetOn(LocalDate day) {
        return ruleSetOn(day, ruleSets());
    }

    /** The rule set in force on the day among those given (read once for a ranking or a trend). */
    public static IndexRuleSet ruleSetOn(LocalDate day, List<IndexRuleSet> sets) {
        return sets.stream().filter(r -> r.appliesOn(day)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("index766.rules.none", day))
                .validate();
    }

    /** The focus unit's index over the period (its whole subtree's figures), within the user's scope. */
    public UnitIndex score(long unitId, Period period, UnitStructure structure) {
        return score(unitId, period, indicators.breakdown(unitId, period, structure).total());
    }

    /**
     * A unit's index over the period from figures already read (a breakdown's row or total), with the
     * figures entered by hand for the unit and period read here, so every caller shows them.
     */
    public UnitIndex score(long unitId, Period period, Indicators figures) {
        return score(unitId, period, figures, entriesFor(period));
    }

    /** The same with the period's entries read once ({@link #entriesFor}), for a ranking over many units. */
    public UnitIndex score(long unitId, Period period, Indicators figures, IndexEntries entered) {
        return IndexScoring.score(unitId, ruleSetOn(period.to()), figures, entered.forUnit(unitId));
    }

    /**
     * The figures entered by hand for the period, every unit's (read once per transaction and period). Entries are made for a month, a quarter
     * or a year; a custom period has none (a figure for January says nothing of 10-20 January).
     */
    public IndexEntries entriesFor(Period period) {
        return entered(period) ? new IndexEntries(entries.findForPeriod(period.kind(), period.from()))
                : IndexEntries.NONE;
    }

    private static boolean entered(Period period) {
        return period.kind() != PeriodKind.CUSTOM;
    }
}
