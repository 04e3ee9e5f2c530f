package vn.camau.reform.dossier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.dossier.DossierSettings;
import vn.camau.reform.dossier.DossierSettingsService;
import vn.camau.reform.dossier.SupplementRule;
import vn.camau.reform.dossier.TimingSettingsChange;
import vn.camau.reform.dossier.risk.LateRiskService;
import vn.camau.reform.security.Roles;

/** The timing rules DOMAIN leaves open: the due-soon threshold and what a supplement request does. */
@Route("settings/timing")
@Menu(title = "nav.timing-settings", order = 90, icon = "vaadin:timer")
@RolesAllowed(Roles.ADMIN)
public class TimingSettingsView extends VerticalLayout implements HasDynamicTitle {

    TimingSettingsView(DossierSettingsService settings, TimingSettingsChange change, LateRiskService risks) {
        DossierSettings current = settings.current();
        IntegerField dueSoon = new IntegerField(getTranslation("settings.due-soon"));
        dueSoon.setHelperText(getTranslation("settings.due-soon.help"));
        dueSoon.setMin(0);
        dueSoon.setMax(10);
        dueSoon.setStepButtonsVisible(true);
        dueSoon.setValue(current.dueSoonWorkingDays());
        RadioButtonGroup<SupplementRule> rule = new RadioButtonGroup<>(getTranslation("settings.supplement"));
        rule.setItems(SupplementRule.values());
        rule.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        rule.setValue(current.supplementRule());
        Button save = new Button(getTranslation("action.save"), e -> {
            if (dueSoon.getValue() == null || dueSoon.isInvalid()) {
                Notifications.error(getTranslation("settings.due-soon.range", 0, 10));
                return;
            }
            try {
                int recomputed = change.apply(new DossierSettings(dueSoon.getValue(), rule.getValue()));
                Notifications.success(getTranslation("settings.saved", recomputed));
            } catch (BusinessRuleException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.timing-settings")), new Paragraph(getTranslation("settings.intro")),
                dueSoon, rule, save, new LateRiskSettingsForm(risks));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.timing-settings");
    }
}
