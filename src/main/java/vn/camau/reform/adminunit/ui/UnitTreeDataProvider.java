package vn.camau.reform.adminunit.ui;

import java.util.stream.Stream;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;

import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.adminunit.ReportUnit;

/**
 * Loads the unit tree one level at a time, each level a scoped query. With search text the tree
 * becomes a flat list of matches, so a unit deep in the tree is found without expanding anything.
 */
class UnitTreeDataProvider extends AbstractBackEndHierarchicalDataProvider<ReportUnit, Void> {

    record Filter(String text, boolean includeFormer) {
        boolean searching() {
            return text != null && !text.isBlank();
        }
    }

    private final transient AdminUnitService units;
    private Filter filter = new Filter("", true);

    UnitTreeDataProvider(AdminUnitService units) {
        this.units = units;
    }

    void setFilter(Filter filter) {
        this.filter = filter;
        refreshAll();
    }

    @Override
    protected Stream<ReportUnit> fetchChildrenFromBackEnd(HierarchicalQuery<ReportUnit, Void> query) {
        ReportUnit parent = query.getParent();
        if (filter.searching()) {
            return parent != null ? Stream.empty()
                    : units.search(filter.text(), filter.includeFormer(), query.getOffset(), query.getLimit()).stream();
        }
        if (parent == null) {
            return query.getOffset() == 0 ? Stream.of(units.scopeRoot()) : Stream.empty();
        }
        return units.children(parent.id(), filter.includeFormer(), query.getOffset(), query.getLimit()).stream();
    }

    @Override
    public int getChildCount(HierarchicalQuery<ReportUnit, Void> query) {
        ReportUnit parent = query.getParent();
        if (filter.searching()) {
            return parent != null ? 0 : units.countSearch(filter.text(), filter.includeFormer());
        }
        return parent == null ? 1 : units.countChildren(parent.id(), filter.includeFormer());
    }

    @Override
    public boolean hasChildren(ReportUnit item) {
        return !filter.searching() && item.childCount() > 0;
    }

    @Override
    public Object getId(ReportUnit item) {
        return item.id();
    }
}
