package vn.camau.reform.dossier;

import jakarta.annotation.security.RolesAllowed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.db.ReadOnlyTransactionMemo;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.base.repository.KeptBetweenWrites;
import vn.camau.reform.base.repository.SettingRepository;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;

/** Reads the timing settings for everyone; only administrators change them. */
@Service
public class DossierSettingsService {

    private final SettingRepository settings;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    private final ClosedFigures closedFigures;
    /** Kept between writes: every settings write raises the running figures' version. */
    private final KeptBetweenWrites kept = new KeptBetweenWrites(1);

    DossierSettingsService(SettingRepository settings, CurrentUser currentUser, AuditTrail audit,
                           ClosedFigures closedFigures) {
        this.closedFigures = closedFigures;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Both settings in one read (the indicators ask for them on every request), and in a read-only
     * transaction not read again until a write raises the running figures' version, which such a request
     * reads anyway.
     */
    @Transactional(readOnly = true)
    public DossierSettings current() {
        return ReadOnlyTransactionMemo.get(DossierSettings.class,
                () -> kept.get(DossierSettings.class, closedFigures::running, this::read));
    }

    private DossierSettings read() {
        Map<String, String> stored = settings.find(List.of(DossierSettings.DUE_SOON, DossierSettings.SUPPLEMENT));
        int dueSoon = Optional.ofNullable(stored.get(DossierSettings.DUE_SOON)).map(Integer::parseInt).orElse(1);
        SupplementRule rule = Optional.ofNullable(stored.get(DossierSettings.SUPPLEMENT)).map(SupplementRule::valueOf)
                .orElse(SupplementRule.PAUSE);
        return new DossierSettings(dueSoon, rule);
    }

    /**
     * Saves the settings. Changing the supplement rule changes due dates already stored, so the
     * caller re-derives the dossiers that had a supplement request (DossierWriteService).
     *
     * @return whether the supplement rule changed
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public boolean save(DossierSettings s) {
        if (s.dueSoonWorkingDays() < 0 || s.dueSoonWorkingDays() > 10) {
            throw new BusinessRuleException("settings.due-soon.range", 0, 10);
        }
        if (s.supplementRule() == null) {
            throw new BusinessRuleException("settings.supplement.required");
        }
        DossierSettings before = current();
        boolean ruleChanged = before.supplementRule() != s.supplementRule();
        String user = currentUser.require().username();
        settings.save(DossierSettings.DUE_SOON, String.valueOf(s.dueSoonWorkingDays()), user);
        settings.save(DossierSettings.SUPPLEMENT, s.supplementRule().name(), user);
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        if (before.dueSoonWorkingDays() != s.dueSoonWorkingDays()) {
            was.put(DossierSettings.DUE_SOON, before.dueSoonWorkingDays());
            now.put(DossierSettings.DUE_SOON, s.dueSoonWorkingDays());
        }
        if (ruleChanged) {
            was.put(DossierSettings.SUPPLEMENT, before.supplementRule().name());
            now.put(DossierSettings.SUPPLEMENT, s.supplementRule().name());
        }
        if (!now.isEmpty()) {
            // the due-soon window and the supplement rule shape every period's figures, closed ones too
            closedFigures.changed();
            audit.record(AuditEvent.of(AuditAction.SETTING_CHANGED, "SETTING", "dossier.timing", null)
                    .change(was, now));
        }
        return ruleChanged;
    }
}
