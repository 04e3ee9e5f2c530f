package vn.camau.reform.adminunit.ui;

import com.vaadin.flow.component.Component;

import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.base.text.VnFormats;

/** Texts about units shared by the tree and the detail view. */
final class UnitLabels {

    private UnitLabels() {
    }

    /** "đến 30/06/2025" for a former unit, "từ 01/07/2025" for a new one, empty otherwise. */
    static String validity(Component translator, ReportUnit unit) {
        if (unit.validTo() != null) {
            return translator.getTranslation("units.validUntil", VnFormats.date(unit.validTo()));
        }
        if (unit.validFrom() != null) {
            return translator.getTranslation("units.validFrom", VnFormats.date(unit.validFrom()));
        }
        return "";
    }
}
