package vn.camau.reform.evaluation;


import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.text.TextRules;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.evaluation.repository.DisciplineRepository;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;

/**
 * Discipline decisions, recorded by HR. They are what caps a year's ratings at "not completed", so
 * a rating's level is decided by the record, not by a box someone ticks on the rating.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DisciplineService {

    public static final int MAX_NUMBER = 50;
    public static final int MAX_NOTE = 1000;

    private final DisciplineRepository decisions;
    private final CurrentUser currentUser;
    private final Clock clock;

    DisciplineService(DisciplineRepository decisions, CurrentUser currentUser, Clock clock) {
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The officer's unit must be in the caller's scope; otherwise the officer is unknown to them. */
    private void inScope(long officerId) {
        AppUser user = currentUser.require();
        decisions.officerUnitPath(officerId).filter(p -> user.scope().includes(p))
                .orElseThrow(() -> new BusinessRuleException("officer.unknown", officerId));
    }

    @PreAuthorize("@perm.may(authentication, 'READ_DISCIPLINE')")
    public List<DisciplineDecision> ofOfficer(long officerId) {
        inScope(officerId);
        return decisions.ofOfficer(officerId);
    }

    @PreAuthorize("@perm.may(authentication, 'RECORD_DISCIPLINE')")
    @Transactional
    public long record(long officerId, DisciplineForm form, LocalDate decidedOn, String decisionNumber, String note) {
        inScope(officerId);
        if (form == null) {
            throw new BusinessRuleException("discipline.form.required");
        }
        if (decidedOn == null || decidedOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("discipline.date.invalid");
        }
        String number = java.util.Objects.requireNonNullElse(TextRules.clean(decisionNumber, false), "");
        if (number.isEmpty() || number.length() > MAX_NUMBER) {
            throw new BusinessRuleException("discipline.number.invalid", MAX_NUMBER);
        }
        if (decisions.numberExists(officerId, number)) {
            throw new BusinessRuleException("discipline.number.exists", number);
        }
        String text = TextRules.clean(note, true);
        if (text != null && text.length() > MAX_NOTE) {
            throw new BusinessRuleException("discipline.note.too-long", MAX_NOTE);
        }
        return decisions.insert(officerId, decidedOn, form, number, text, currentUser.require().id(),
                LocalDateTime.now(clock).withNano(0));
    }
}
