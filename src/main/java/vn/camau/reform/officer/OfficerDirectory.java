package vn.camau.reform.officer;

import java.util.Collection;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.db.ReplicaReads;
import vn.camau.reform.officer.query.OfficerQuery;
import vn.camau.reform.security.CurrentUser;

/** The officers a user may name: for filter pickers and for the rows of an officer breakdown. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@ReplicaReads
public class OfficerDirectory {

    private final OfficerQuery officers;
    private final ReportUnits units;
    private final CurrentUser currentUser;

    OfficerDirectory(OfficerQuery officers, ReportUnits units, CurrentUser currentUser) {
        this.officers = officers;
        this.units = units;
        this.currentUser = currentUser;
    }

    /** Officers of the units below a unit the user may see, for filter pickers. */
    public List<OfficerInfo> officersUnder(long unitId) {
        return officers.officersUnder(currentUser.scope(), units.unit(unitId).reportPath());
    }

    /** The officers among {@code ids} whose unit the user may see; the others are left out. */
    public List<OfficerInfo> visible(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : officers.officers(currentUser.scope(), ids);
    }
}
