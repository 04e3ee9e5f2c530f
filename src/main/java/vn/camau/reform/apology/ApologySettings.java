package vn.camau.reform.apology;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.dossier.repository.SettingRepository;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;

/** The apology lead time: working days before the original date by which an apology is in time. */
@Service
public class ApologySettings {

    public static final String LEAD_WORKING_DAYS = "apology.lead-working-days";
    public static final int MAX_LEAD_WORKING_DAYS = 10;

    private final SettingRepository settings;
    private final CurrentUser currentUser;

    ApologySettings(SettingRepository settings, CurrentUser currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
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
        settings.save(LEAD_WORKING_DAYS, String.valueOf(days), currentUser.require().username());
    }
}
