package vn.camau.reform.hotline.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;

import vn.camau.reform.officer.OfficerDirectory;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.officer.OfficerInfo;
import vn.camau.reform.adminunit.ReportUnit;

/**
 * The unit a report concerns and, optionally, the officer of that unit it names: choosing a unit
 * offers its officers (the dossier feature's list of officers below a unit, scoped to the user).
 * Used by the intake form and the reclassify dialog.
 */
final class UnitAndOfficerFields {

    private final transient ReportUnits reportUnits;

    private final transient OfficerDirectory officers;
    final ComboBox<ReportUnit> unit = new Picker<>();
    final ComboBox<OfficerInfo> officer = new Picker<>();

    UnitAndOfficerFields(ReportUnits reportUnits, OfficerDirectory officers, String unitLabel, String officerLabel) {
        this.reportUnits = reportUnits;
        this.officers = officers;
        unit.setLabel(unitLabel);
        unit.setItems(reportUnits.currentUnitsInScope());
        unit.setItemLabelGenerator(ReportUnit::name);
        unit.setRequiredIndicatorVisible(true);
        unit.setClearButtonVisible(true);
        officer.setLabel(officerLabel);
        officer.setItemLabelGenerator(o -> o.unitName() == null || o.unitName().isBlank() ? o.fullName()
                : o.fullName() + " – " + o.unitName());
        officer.setClearButtonVisible(true);
        officer.setEnabled(false);
        unit.addValueChangeListener(e -> loadOfficers(null));
    }

    /** Shows a unit and officer; an officer (or unit) no longer offered is kept as it is named. */
    void show(Long unitId, String unitName, Long officerId, String officerName) {
        List<ReportUnit> units = new ArrayList<>(unit.getListDataView().getItems().toList());
        ReportUnit chosen = unitId == null ? null
                : units.stream().filter(u -> u.id() == unitId).findFirst().orElse(null);
        if (chosen == null && unitId != null) {
            chosen = ReportUnit.knownByName(unitId, unitName);
            units.addFirst(chosen);
            unit.setItems(units);
        }
        unit.setValue(chosen);
        if (officerId != null) {
            loadOfficers(new OfficerInfo(officerId, "", officerName, unitId == null ? 0 : unitId, "", "", false));
        }
    }

    private void loadOfficers(OfficerInfo keep) {
        ReportUnit u = unit.getValue();
        List<OfficerInfo> officers = new ArrayList<>(u == null || u.code().isEmpty() ? List.of()
                : this.officers.officersUnder(u.id()));
        OfficerInfo chosen = null;
        if (keep != null) {
            chosen = officers.stream().filter(o -> o.id() == keep.id()).findFirst().orElse(null);
            if (chosen == null) {
                chosen = keep;
                officers.addFirst(keep);
            }
        }
        officer.setItems(officers);
        officer.setValue(chosen);
        officer.setEnabled(u != null);
    }

    Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    Long officerId() {
        return officer.getValue() == null ? null : officer.getValue().id();
    }
}
