package vn.camau.reform.dossier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.dossier.risk.LateRiskService;
import vn.camau.reform.dossier.risk.LateRiskSettings;

/** The early warning's threshold and minimum of cases, on the timing settings page (administrators). */
final class LateRiskSettingsForm extends VerticalLayout {

    LateRiskSettingsForm(LateRiskService risks) {
        setPadding(false);
        LateRiskSettings current = risks.settings();
        // a BigDecimalField, as on the other settings pages: it reads "0,5" in vi-VN, and the production
        // bundle already holds it (a NumberField would need the frontend rebuilt)
        BigDecimalField threshold = new BigDecimalField(getTranslation("settings.risk.threshold"));
        threshold.setId("risk-threshold");
        threshold.setHelperText(getTranslation("settings.risk.help"));
        threshold.setValue(java.math.BigDecimal.valueOf(current.threshold()));
        IntegerField minCases = new IntegerField(getTranslation("settings.risk.min-cases"));
        minCases.setId("risk-min-cases");
        minCases.setValue(current.minCases());
        Button save = new Button(getTranslation("settings.risk.save"), e -> {
            // an empty or unreadable field is the service's "outside 0–1": one message for both
            double t = threshold.getValue() == null ? Double.NaN : threshold.getValue().doubleValue();
            int m = minCases.getValue() == null ? 0 : minCases.getValue();
            try {
                risks.save(new LateRiskSettings(t, m));
                Notifications.success(getTranslation("settings.risk.saved"));
            } catch (BusinessRuleException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        add(new H3(getTranslation("settings.risk.title")), threshold, minCases, save);
    }
}
