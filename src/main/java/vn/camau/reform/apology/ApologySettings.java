package vn.camau.reform.apology;

import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.repository.SettingRepository;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;

/** The apology lead time: working days before the original date by which an apology is in time. */
@Service
public class ApologySettings {

    public static final String LEAD_WORKING_DAYS = "apology.lead-working-days";
    public static final int MAX_LEAD_WORKING_DAYS = 10;

    private final SettingRepository settings;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    ApologySettings(SettingRepository settings, CurrentUser currentUser, AuditTrail audit) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public int leadWorkingDays() {
        return settings.find(LEAD_WORKING_DAYS).map(Integer::parseInt).orElse(1);
    }

    /** Applies to apologies signed from now on; those signed keep the deadline they were judged by. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void saveLeadWorkingDays(int days) {
        if (days < 0 || days > MAX_LEAD_WORKING_DAYS) {
            throw new BusinessRuleException("settings.apology-lead.range", 0, MAX_LEAD_WORKING_DAYS);
        }
        int before = leadWorkingDays();
        settings.save(LEAD_WORKING_DAYS, String.valueOf(days), currentUser.require().username());
        if (before != days) {
            audit.record(AuditEvent.of(AuditAction.SETTING_CHANGED, "SETTING", LEAD_WORKING_DAYS, null)
                    .change(Map.of(LEAD_WORKING_DAYS, before), Map.of(LEAD_WORKING_DAYS, days)));
        }
    }
}
