package vn.camau.reform.evaluation;

import vn.camau.reform.officer.OfficerInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.period.Period;
import vn.camau.reform.evaluation.query.OfficerPerformanceQuery;
import vn.camau.reform.evaluation.query.OfficerPerformanceQuery.Reader;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;

/**
 * An officer's performance (issue 6): dossiers handled and on time, dossiers made late at their step,
 * apologies those caused, hotline reports about them, citizen ratings; their rank in the unit and a
 * year of monthly figures. Personal data of a civil servant: HR, leaders and auditors whose scope
 * holds the officer's unit read it, and the officer their own; anyone else finds no such officer.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class OfficerPerformanceService {

    /** The trend shows a year of months ending with the period's last month. */
    public static final int TREND_MONTHS = 12;

    private final OfficerPerformanceQuery query;
    private final CurrentUser currentUser;
    private final Clock clock;

    OfficerPerformanceService(OfficerPerformanceQuery query, CurrentUser currentUser, Clock clock) {
        this.query = query;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the caller reads officers' performance across their scope (and not only their own). */
    public boolean readsOfficersInScope() {
        return currentUser.may(Permission.READ_OFFICERS_IN_SCOPE);
    }

    private Reader reader() {
        AppUser user = currentUser.require();
        return new Reader(user.id(), user.may(Permission.READ_OFFICERS_IN_SCOPE) ? user.scope() : null);
    }

    /**
     * The officer's figures for the whole months the period touches; empty when there is no such
     * officer or the caller may not read them (the two answer alike).
     */
    public Optional<OfficerPerformance> performance(long officerId, Period period) {
        Reader reader = reader();
        Optional<OfficerInfo> found = query.officer(officerId, reader);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OfficerInfo officer = found.get();
        YearMonth first = YearMonth.from(period.from());
        YearMonth last = YearMonth.from(period.to());
        boolean widened = !period.from().equals(first.atDay(1)) || !period.to().equals(last.atEndOfMonth());
        LocalDate today = today();

        List<OfficerInfo> colleagues = new ArrayList<>(query.unitOfficers(officer.unitId(), officerId));
        Map<Long, OfficerEvidence> figures = query.byOfficer(colleagues.stream().map(OfficerInfo::id).toList(),
                first, last, today, reader.userId());
        List<OfficerStanding> ranked = OfficerRanking.rank(colleagues, figures);
        OfficerStanding mine = ranked.stream().filter(s -> s.officer().id() == officerId).findFirst().orElseThrow();
        // A reader of the whole unit sees everyone; the officer on their own page sees only their place
        boolean wholeUnit = reader.scope() != null && query.officer(officerId, new Reader(-1, reader.scope()))
                .isPresent();
        Map<YearMonth, OfficerEvidence> months = query.monthly(officerId, last.minusMonths(TREND_MONTHS - 1L),
                last, today, reader.userId());
        List<OfficerPerformance.MonthFigures> trend = months.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new OfficerPerformance.MonthFigures(e.getKey(), e.getValue()))
                .toList();
        return Optional.of(new OfficerPerformance(officer, query.isReader(officerId, reader.userId()), first, last, widened,
                new OfficerStanding(officer, mine.evidence(), mine.rank(), mine.noData()), ranked.size(),
                wholeUnit ? ranked : List.of(), trend));
    }
}
