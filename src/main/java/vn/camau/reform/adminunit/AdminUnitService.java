package vn.camau.reform.adminunit;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.adminunit.query.AdminUnitQuery;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.UnitScope;

/**
 * The unit tree as the signed-in user may see it: their own unit and everything below it. Units
 * outside the scope behave as if they did not exist (empty results, never an error that confirms
 * they are there).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class AdminUnitService {

    private final AdminUnitQuery query;
    private final CurrentUser currentUser;

    AdminUnitService(AdminUnitQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    /** The top of the user's tree: their own unit. */
    public ReportUnit scopeRoot() {
        UnitScope scope = currentUser.scope();
        return query.findById(scope, scope.unitId()).orElseThrow();
    }

    public Optional<ReportUnit> find(long id) {
        return query.findById(currentUser.scope(), id);
    }

    public Optional<ReportUnit> findByCode(String code) {
        return query.findByCode(currentUser.scope(), code);
    }

    public List<ReportUnit> children(long parentId, boolean includeFormer, int offset, int limit) {
        return query.findChildren(currentUser.scope(), parentId, includeFormer, offset, limit);
    }

    public int countChildren(long parentId, boolean includeFormer) {
        return query.countChildren(currentUser.scope(), parentId, includeFormer);
    }

    public List<ReportUnit> search(String text, boolean includeFormer, int offset, int limit) {
        return query.search(currentUser.scope(), text, includeFormer, offset, limit);
    }

    public int countSearch(String text, boolean includeFormer) {
        return query.countSearch(currentUser.scope(), text, includeFormer);
    }

    /** A unit with its parent and lineage, or empty when it is unknown or outside the user's scope. */
    public Optional<UnitDetails> details(long id) {
        return find(id).map(unit -> new UnitDetails(unit,
                unit.parentId() == null ? null : query.findName(unit.parentId()).orElse(null),
                query.findLineage(unit.id(), true),
                query.findLineage(unit.id(), false)));
    }

    public ScopeSummary summary() {
        return query.summarize(currentUser.scope());
    }
}
