package vn.camau.reform.dossier.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.base.repository.KeptBetweenWrites;
import vn.camau.reform.base.repository.SettingRepository;
import vn.camau.reform.dossier.DossierDetail;
import vn.camau.reform.dossier.risk.query.LateRiskQuery;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;

/**
 * The early warning as the screens, the digest's readers and the API see it: the dossiers of the
 * user's scope at or above the threshold, riskiest first, and one dossier's risk.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class LateRiskService {

    private final LateRiskQuery query;
    private final LateRiskScoring scoring;
    private final ReportUnits reportUnits;
    private final CurrentUser currentUser;
    private final SettingRepository settings;
    private final AuditTrail audit;
    private final ClosedFigures versions;
    /** The at-risk counts (every overview shows one), kept between two writes of what they read. */
    private final KeptBetweenWrites counts;

    /** A count's question: the scores, the threshold and the units are behind the running version. */
    private record CountKey(UnitScope scope, Long focusUnitId, LocalDate today) {
    }

    LateRiskService(LateRiskQuery query, LateRiskScoring scoring, ReportUnits reportUnits, CurrentUser currentUser,
                    SettingRepository settings, AuditTrail audit, ClosedFigures versions,
                    @Value("${app.indicators.running-figures-kept:500}") int kept) {
        this.versions = versions;
        this.counts = new KeptBetweenWrites(kept);
        this.query = query;
        this.scoring = scoring;
        this.reportUnits = reportUnits;
        this.currentUser = currentUser;
        this.settings = settings;
        this.audit = audit;
    }

    public LateRiskSettings settings() {
        return scoring.settings();
    }

    /** Saves the settings; a threshold outside 0–1 or fewer than one case is refused, nothing saved. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void save(LateRiskSettings s) {
        if (Double.isNaN(s.threshold()) || s.threshold() < 0 || s.threshold() > 1) {
            throw new BusinessRuleException("risk.threshold.range", s.threshold());
        }
        if (s.minCases() < 1 || s.minCases() > 10_000) {
            throw new BusinessRuleException("risk.min-cases.range", 1, 10_000);
        }
        LateRiskSettings before = settings();
        String user = currentUser.require().username();
        settings.save(LateRiskSettings.THRESHOLD, BigDecimal.valueOf(s.threshold()).stripTrailingZeros()
                .toPlainString(), user);
        settings.save(LateRiskSettings.MIN_CASES, String.valueOf(s.minCases()), user);
        if (!before.equals(s)) {
            Map<String, Object> was = new LinkedHashMap<>();
            Map<String, Object> now = new LinkedHashMap<>();
            was.put(LateRiskSettings.THRESHOLD, before.threshold());
            was.put(LateRiskSettings.MIN_CASES, before.minCases());
            now.put(LateRiskSettings.THRESHOLD, s.threshold());
            now.put(LateRiskSettings.MIN_CASES, s.minCases());
            audit.record(AuditEvent.of(AuditAction.SETTING_CHANGED, "SETTING", "risk", null).change(was, now));
        }
    }

    private String focusPath(Long focusUnitId) {
        UnitScope scope = currentUser.scope();
        return reportUnits.unit(focusUnitId == null ? scope.unitId() : focusUnitId).reportPath();
    }

    private BigDecimal threshold() {
        return BigDecimal.valueOf(settings().threshold());
    }

    /** Dossiers at risk in the user's scope (below {@code focusUnitId} when given). */
    public int count(Long focusUnitId) {
        UnitScope scope = currentUser.scope();
        LocalDate today = scoring.today();
        return counts.get(new CountKey(scope, focusUnitId, today), versions::running,
                () -> query.count(scope, focusPath(focusUnitId), threshold(), today));
    }

    public List<AtRiskDossier> atRisk(Long focusUnitId, int offset, int limit) {
        return query.find(currentUser.scope(), focusPath(focusUnitId), threshold(), scoring.today(), offset, limit);
    }

    /**
     * The risk of a dossier the user already opened (a {@link DossierDetail} comes only from the scoped
     * dossier service): shown when at or above the threshold, or when there is too little history to
     * say; empty otherwise (finished, overdue, waiting, low risk, not scored yet).
     */
    public Optional<LateRisk> riskOf(DossierDetail dossier) {
        if (!dossier.state().isOpen()) {
            return Optional.empty();
        }
        double threshold = settings().threshold();
        return query.score(dossier.id()).filter(r -> !r.enoughHistory() || r.atOrAbove(threshold));
    }
}
