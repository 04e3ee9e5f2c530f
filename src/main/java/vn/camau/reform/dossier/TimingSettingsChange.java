package vn.camau.reform.dossier;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.security.Roles;

/**
 * Saves the timing settings and, when the supplement rule changed, re-derives every dossier whose
 * due date depends on it, in one transaction: figures never mix the old rule with the new.
 */
@Service
public class TimingSettingsChange {

    private final DossierSettingsService settings;
    private final DossierWriteService writer;

    TimingSettingsChange(DossierSettingsService settings, DossierWriteService writer) {
        this.settings = settings;
        this.writer = writer;
    }

    /** @return how many dossiers were re-derived (0 when the rule did not change) */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public int apply(DossierSettings s) {
        return settings.save(s) ? writer.recomputeSupplemented() : 0;
    }
}
