package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.base.period.Today;
import vn.camau.reform.base.text.TextRules;
import vn.camau.reform.dashboard.index766.repository.IndexEntryRepository;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;

/**
 * The service index's figures that this system cannot compute, entered by hand per unit and period
 * by an administrator with a note saying where each comes from (issue 20). Only a not-computable
 * sub-indicator of the rule set in force may be entered: a typed figure never stands in for a
 * counted one. Every change goes on the audit trail with the figure it replaced.
 */
@Service
@PreAuthorize("@perm.may(authentication, 'ENTER_INDEX_FIGURES')")
public class Index766EntryService {

    /** The national portal's reporting (and this province's data) starts here. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final int NOTE_MAX = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndexEntryRepository repository;
    private final Index766Service index;
    private final AdminUnitService units;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Today today;
    private final Clock clock;

    Index766EntryService(IndexEntryRepository repository, Index766Service index, AdminUnitService units,
                         CurrentUser currentUser, AuditTrail audit, Today today, Clock clock) {
        this.repository = repository;
        this.index = index;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.today = today;
        this.clock = clock;
    }

    /** The entries of the period for the units in the administrator's scope. */
    @Transactional(readOnly = true)
    public List<IndexEntry> list(Period period) {
        checkPeriod(period);
        return repository.findInScope(currentUser.scope(), period.kind(), period.from());
    }

    /** The sub-indicators that may be entered for the period: the not-computable ones of the rules in force. */
    @Transactional(readOnly = true)
    public List<SubIndicatorRule> enterable(Period period) {
        return index.ruleSetOn(period.to()).groups().stream().flatMap(g -> g.indicators().stream())
                .filter(r -> !r.measure().computable()).toList();
    }

    /** Saves the entry, replacing the unit's figure for the same period and sub-indicator; nothing on refusal. */
    @Transactional
    public IndexEntry save(IndexEntryForm form) {
        Period period = form.period();
        checkPeriod(period);
        units.find(form.unitId()).orElseThrow(() -> new BusinessRuleException("index766.entry.unit-out-of-scope"));
        String code = checkIndicator(period, form.indicatorCode());
        checkValue(form);
        String note = TextRules.clean(form.note(), true);
        if (note == null) {
            throw new BusinessRuleException("index766.entry.note-required");
        }
        if (note.length() > NOTE_MAX) {
            throw new BusinessRuleException("index766.entry.note-too-long", NOTE_MAX);
        }
        Optional<IndexEntry> before = repository.find(form.unitId(), period.kind(), period.from(), code);
        repository.upsert(form.unitId(), period.kind(), period.from(), code, form.percent(),
                form.percent() == null ? form.numerator() : null, form.percent() == null ? form.denominator() : null,
                note, currentUser.require().username(), LocalDateTime.now(clock));
        IndexEntry saved = repository.find(form.unitId(), period.kind(), period.from(), code).orElseThrow();
        audit.record(AuditEvent.of(AuditAction.INDEX_FIGURE_ENTERED, "INDEX766_ENTRY", objectId(saved),
                form.unitId()).change(before.map(Index766EntryService::state).orElse(Map.of()), state(saved)));
        return saved;
    }

    /** Removes the unit's entered figure: the sub-indicator is shown as not computable again. */
    @Transactional
    public void delete(long unitId, Period period, String code) {
        checkPeriod(period);
        units.find(unitId).orElseThrow(() -> new BusinessRuleException("index766.entry.unit-out-of-scope"));
        Optional<IndexEntry> before = repository.find(unitId, period.kind(), period.from(), code);
        if (before.isPresent() && repository.delete(unitId, period.kind(), period.from(), code)) {
            audit.record(AuditEvent.of(AuditAction.INDEX_FIGURE_ENTERED, "INDEX766_ENTRY", objectId(before.get()),
                    unitId).change(state(before.get()), Map.of()));
        }
    }

    private void checkPeriod(Period period) {
        if (period == null) {
            throw new BusinessRuleException("index766.entry.period-required");
        }
        if (period.kind() == PeriodKind.CUSTOM || !Period.containing(period.kind(), period.from()).equals(period)) {
            throw new BusinessRuleException("index766.entry.period-kind");
        }
        if (period.from().isBefore(FIRST_DAY)) {
            throw new BusinessRuleException("index766.entry.period-too-early");
        }
        if (period.from().isAfter(today.date())) {
            throw new BusinessRuleException("index766.entry.period-in-future");
        }
    }

    private String checkIndicator(Period period, String code) {
        if (code == null || code.isBlank()) {
            throw new BusinessRuleException("index766.entry.indicator-required");
        }
        IndexRuleSet rules = index.ruleSetOn(period.to());
        SubIndicatorRule rule = rules.groups().stream().flatMap(g -> g.indicators().stream())
                .filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("index766.entry.indicator-unknown", code, rules.code()));
        if (rule.measure().computable()) {
            throw new BusinessRuleException("index766.entry.indicator-computable", code);
        }
        return code;
    }

    private static void checkValue(IndexEntryForm f) {
        boolean counts = f.numerator() != null || f.denominator() != null;
        if (f.percent() == null && !counts) {
            throw new BusinessRuleException("index766.entry.value-required");
        }
        if (f.percent() != null && counts) {
            throw new BusinessRuleException("index766.entry.value-twice");
        }
        if (f.percent() != null) {
            if (f.percent().signum() < 0 || f.percent().compareTo(HUNDRED) > 0) {
                throw new BusinessRuleException("index766.entry.percent-out-of-range", f.percent());
            }
            if (f.percent().stripTrailingZeros().scale() > 2) {
                throw new BusinessRuleException("index766.entry.percent-decimals");
            }
            return;
        }
        if (f.numerator() == null || f.denominator() == null) {
            throw new BusinessRuleException("index766.entry.counts-incomplete");
        }
        if (f.denominator() <= 0 || f.numerator() < 0 || f.numerator() > f.denominator()) {
            throw new BusinessRuleException("index766.entry.counts-out-of-range", f.numerator(), f.denominator());
        }
    }

    private static String objectId(IndexEntry e) {
        return e.unitId() + "/" + e.periodKind() + "/" + e.periodStart() + "/" + e.indicatorCode();
    }

    /** The entry's figure as audit data (the unit, period and sub-indicator are the object). */
    private static Map<String, Object> state(IndexEntry e) {
        Map<String, Object> state = new LinkedHashMap<>();
        if (e.percent() != null) {
            state.put("percent", e.percent().toPlainString());
        } else {
            state.put("numerator", e.numerator());
            state.put("denominator", e.denominator());
        }
        state.put("note", e.note());
        return state;
    }
}
