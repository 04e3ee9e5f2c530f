package vn.camau.reform.apology;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.apology.query.ApologyComplianceQuery;
import vn.camau.reform.base.db.ReplicaReads;
import vn.camau.reform.security.UnitScope;

/** The apologies' share of the indicators: how the duty to apologise was met, per unit (DOMAIN §6). */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@ReplicaReads
public class ApologyFigures {

    private final ApologyComplianceQuery compliance;

    ApologyFigures(ApologyComplianceQuery compliance) {
        this.compliance = compliance;
    }

    /** Per handling unit under the focus, the apology duty of the dossiers that became late in [from, to]. */
    public Map<Long, ApologyCompliance> byUnit(UnitScope scope, String focusPath, UnitStructure structure,
                                               LocalDate from, LocalDate to, LocalDate today) {
        return compliance.byUnit(scope, focusPath, structure, from, to, today);
    }
}
