package vn.camau.reform.account.ui;

import com.vaadin.flow.component.combobox.ComboBox;

import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.adminunit.ReportUnit;

/** A unit picker over the administrator's scope: current units only, searched without accents. */
final class UnitChoices {

    private UnitChoices() {
    }

    static void configure(ComboBox<ReportUnit> box, AdminUnitService units) {
        box.setItems(q -> units.search(q.getFilter().orElse(""), false, q.getOffset(), q.getLimit()).stream(),
                q -> units.countSearch(q.getFilter().orElse(""), false));
        box.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        box.setWidth("18rem");
    }
}
