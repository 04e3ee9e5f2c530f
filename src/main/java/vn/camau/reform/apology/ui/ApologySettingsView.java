package vn.camau.reform.apology.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.apology.ApologySettings;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.security.Roles;

/**
 * The apology lead time (DOMAIN §6): how many working days before the original appointment date an
 * apology must be signed to count as in time. A screen of the apology feature beside "Cài đặt tính
 * hạn", since the dossier feature does not know apologies.
 */
@Route("settings/apology")
@Menu(title = "nav.apology-settings", order = 91, icon = "vaadin:clock")
@RolesAllowed(Roles.ADMIN)
public class ApologySettingsView extends VerticalLayout implements HasDynamicTitle {

    ApologySettingsView(ApologySettings settings) {
        IntegerField lead = new IntegerField(getTranslation("settings.apology-lead"));
        lead.setHelperText(getTranslation("settings.apology-lead.help"));
        lead.setMin(0);
        lead.setMax(ApologySettings.MAX_LEAD_WORKING_DAYS);
        lead.setStepButtonsVisible(true);
        lead.setValue(settings.leadWorkingDays());
        Button save = new Button(getTranslation("action.save"), e -> {
            Integer days = lead.getValue();
            if (days == null || days < 0 || days > ApologySettings.MAX_LEAD_WORKING_DAYS) {
                Notifications.error(getTranslation("settings.apology-lead.range", VnFormats.count(0),
                        VnFormats.count(ApologySettings.MAX_LEAD_WORKING_DAYS)));
                return;
            }
            try {
                settings.saveLeadWorkingDays(days);
                Notifications.success(getTranslation("settings.apology-lead.saved", VnFormats.count(days)));
            } catch (BusinessRuleException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.apology-settings")), new Paragraph(getTranslation("settings.apology.intro")),
                lead, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.apology-settings");
    }
}
