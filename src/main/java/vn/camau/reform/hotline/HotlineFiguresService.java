package vn.camau.reform.hotline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.db.ReplicaReads;
import vn.camau.reform.hotline.query.HotlineFiguresQuery;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.UnitScope;

/** The hotline's share of the indicators, per unit and per officer reported on (DOMAIN §7). */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@ReplicaReads
public class HotlineFiguresService {

    private final HotlineFiguresQuery figures;

    HotlineFiguresService(HotlineFiguresQuery figures) {
        this.figures = figures;
    }

    /** Figures per unit concerned, for the units inside the scope and below the focus. */
    public Map<Long, HotlineFigures> byUnit(UnitScope scope, String focusPath, UnitStructure structure,
                                            LocalDate from, LocalDate to, LocalDate today) {
        return figures.byUnit(scope, focusPath, structure, from, to, today);
    }

    /**
     * Of {@link #byUnit}, per unit, the reports about the viewer that are not concluded founded: what the
     * viewer's own figures leave out (HotlineConditions.countedFor), as their queue leaves the reports out.
     */
    public Map<Long, HotlineFigures> withheldFrom(long viewerUserId, UnitScope scope, String focusPath,
                                                  UnitStructure structure, LocalDate from, LocalDate to,
                                                  LocalDate today) {
        return figures.withheldFrom(viewerUserId, scope, focusPath, structure, from, to, today);
    }

    /**
     * Of {@link #byUnit}, per unit, the reports a stored document about the unit at {@code readersOfPath}
     * leaves out: those about any user holding one of {@code roles} whose scope holds that unit, not
     * concluded founded (HotlineConditions.withheldFromReadersOf).
     */
    public Map<Long, HotlineFigures> withheldFromReadersOf(String readersOfPath, Collection<Role> roles,
                                                           UnitScope scope, String focusPath, UnitStructure structure,
                                                           LocalDate from, LocalDate to, LocalDate today) {
        return figures.withheldFromReadersOf(readersOfPath, roles, scope, focusPath, structure, from, to, today);
    }

    /** Whether {@link #withheldFrom} can hold anything for the viewer, in any period. */
    public boolean anyWithheldFrom(long viewerUserId) {
        return figures.anyWithheldFrom(viewerUserId);
    }

    /**
     * Reports about each officer under the focus received in [from, to], with the founded ones; reports
     * about the viewer are left out unless their role may read them. Counts only; for those who work or
     * read the hotline and for HR.
     */
    @PreAuthorize("@perm.may(authentication, 'READ_HOTLINE_COUNTS')")
    public List<OfficerHotlineCount> byOfficer(UnitScope scope, String focusPath, LocalDate from, LocalDate to,
                                               LocalDate today, long viewerUserId) {
        return figures.byOfficer(scope, focusPath, from, to, today, viewerUserId);
    }
}
