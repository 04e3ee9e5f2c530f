package vn.camau.reform.adminunit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.db.ReplicaReads;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.UnitScope;

/**
 * The units a user may open, as every screen and the indicators place them: the focus of a drill-down,
 * its breadcrumb, the units below it, the current units a filter offers. A unit outside the caller's
 * scope is reported as unknown, so scope leaks nothing. Like the indicators it serves, it may read from
 * the MariaDB replica when one is configured.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@ReplicaReads
public class ReportUnits {

    private final UnitDirectory directory;
    private final CurrentUser currentUser;

    ReportUnits(UnitDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** Every unit keyed by id (a few hundred rows, kept between calls); read-only. */
    public Map<Long, ReportUnit> all() {
        return directory.all();
    }

    /** The focus unit if the scope may see it; "unknown" otherwise, so scope leaks nothing. */
    public static ReportUnit focus(Map<Long, ReportUnit> units, UnitScope scope, long unitId) {
        ReportUnit unit = units.get(unitId);
        if (unit == null || !scope.includes(unit.reportPath())) {
            throw new BusinessRuleException("unit.unknown", unitId);
        }
        return unit;
    }

    /**
     * Former units are only seen in the former tree; a current commune or agency always rolls its
     * predecessors up; the province shows either tree.
     */
    public static UnitStructure effective(ReportUnit focus, UnitStructure requested) {
        if (focus.isFormer()) {
            return UnitStructure.FORMER;
        }
        return focus.level() == UnitLevel.PROVINCE ? requested : UnitStructure.CURRENT;
    }

    public ReportUnit unit(long unitId) {
        return focus(all(), currentUser.scope(), unitId);
    }

    /**
     * The unit a caller names by its national code (the read API). Codes are reused across the July
     * 2025 reorganisation (32002 was Phường 2 and is Phường An Xuyên), so the current unit wins, or
     * the former one when {@code structure} is FORMER. Empty when no unit has the code; refused with
     * AccessDeniedException when one does but lies outside the caller's scope: unit codes are a public
     * national list, so telling "not yours" from "does not exist" reveals nothing.
     */
    public Optional<ReportUnit> unitByCode(String code, UnitStructure structure) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String wanted = code.strip();
        boolean preferFormer = structure == UnitStructure.FORMER;
        Optional<ReportUnit> unit = all().values().stream()
                .filter(u -> u.code().equals(wanted))
                .min(Comparator.comparing((ReportUnit u) -> u.isFormer() != preferFormer)
                        .thenComparing(ReportUnit::validTo, Comparator.nullsFirst(Comparator.reverseOrder())));
        if (unit.isPresent() && !currentUser.scope().includes(unit.get().reportPath())) {
            throw new AccessDeniedException("unit.out-of-scope");
        }
        return unit;
    }

    /**
     * The units directly below the focus in the tree its breakdown follows, whether or not they have
     * figures: current units in the current structure, former ones in the former. A breakdown lists
     * only rows with data; callers that must show every child (the API) add the rest as zeros.
     */
    public List<ReportUnit> childUnits(long focusUnitId, UnitStructure structure) {
        Map<Long, ReportUnit> units = all();
        ReportUnit focus = focus(units, currentUser.scope(), focusUnitId);
        boolean former = effective(focus, structure) == UnitStructure.FORMER;
        return units.values().stream()
                .filter(u -> u.parentId() != null && u.parentId() == focus.id() && u.isFormer() == former)
                .toList();
    }

    /** The user's own unit, where the overview starts. */
    public ReportUnit homeUnit() {
        return homeUnit(all(), currentUser.scope());
    }

    /** {@link #homeUnit()} in a unit list already at hand. */
    public static ReportUnit homeUnit(Map<Long, ReportUnit> units, UnitScope scope) {
        return focus(units, scope, scope.unitId());
    }

    /** The focus and the units above it that the user may open, top first: the breadcrumb. */
    public List<ReportUnit> trail(long unitId, UnitStructure structure) {
        return trail(all(), currentUser.scope(), unitId, structure);
    }

    /**
     * {@link #trail(long, UnitStructure)} in a unit list already at hand: a page that needs the focus, the
     * home unit and the trail reads the list once ({@link #all()}), not once per call through this
     * service's transaction and checks.
     */
    public static List<ReportUnit> trail(Map<Long, ReportUnit> units, UnitScope scope, long unitId,
                                         UnitStructure structure) {
        ReportUnit focus = focus(units, scope, unitId);
        List<ReportUnit> trail = new ArrayList<>();
        for (String id : focus.pathIn(effective(focus, structure)).split("/")) {
            if (!id.isEmpty()) {
                ReportUnit u = units.get(Long.parseLong(id));
                if (u != null && scope.includes(u.reportPath())) {
                    trail.add(u);
                }
            }
        }
        if (trail.isEmpty() || trail.getLast().id() != focus.id()) {
            trail.add(focus);
        }
        return trail;
    }

    /** Today's units the user may filter by: their own and every current unit below it. */
    public List<ReportUnit> currentUnitsInScope() {
        UnitScope scope = currentUser.scope();
        return all().values().stream()
                .filter(u -> !u.isFormer() && scope.includes(u.reportPath()))
                .sorted(Comparator.comparing(ReportUnit::path, Comparator.comparingInt(String::length))
                        .thenComparing(u -> u.level().name()).thenComparingInt(ReportUnit::sortOrder)
                        .thenComparing(ReportUnit::name))
                .toList();
    }
}
