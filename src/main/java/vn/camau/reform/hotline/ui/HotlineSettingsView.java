package vn.camau.reform.hotline.ui;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineSettings;
import vn.camau.reform.security.Roles;

/**
 * The hotline's settings: the answer deadline of each category in working days, and the window in
 * which another report with the same phone or dossier hints at a duplicate. They apply to reports
 * received (or reopened) from now on; the service checks the ranges.
 */
@Route("settings/hotline")
@Menu(title = "nav.hotline-settings", order = 92, icon = "vaadin:sliders")
@RolesAllowed(Roles.ADMIN)
public class HotlineSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient HotlineSettings settings;
    private final Map<HotlineCategory, IntegerField> deadlines = new EnumMap<>(HotlineCategory.class);
    private final IntegerField duplicateDays = new IntegerField();

    HotlineSettingsView(HotlineSettings settings) {
        this.settings = settings;
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Map<HotlineCategory, Integer> current = settings.deadlines();
        for (HotlineCategory c : HotlineCategory.values()) {
            IntegerField days = new IntegerField(getTranslation(c.labelKey()));
            days.setMin(1);
            days.setMax(HotlineSettings.MAX_DEADLINE_WORKING_DAYS);
            days.setStepButtonsVisible(true);
            days.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("hotline.settings.days")));
            days.setValue(current.get(c));
            deadlines.put(c, days);
            form.add(days);
        }
        duplicateDays.setLabel(getTranslation("hotline.settings.duplicate-days"));
        duplicateDays.setHelperText(getTranslation("hotline.settings.duplicate-days.help"));
        duplicateDays.setMin(1);
        duplicateDays.setMax(HotlineSettings.MAX_DUPLICATE_DAYS);
        duplicateDays.setStepButtonsVisible(true);
        duplicateDays.setValue(settings.duplicateDays());
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.hotline-settings")), new Paragraph(getTranslation("hotline.settings.intro")),
                new H3(getTranslation("hotline.settings.deadlines")), form, duplicateDays, save);
    }

    private void save() {
        // A value the field could not read arrives as null, which the service refuses with its range
        Map<HotlineCategory, Integer> values = new HashMap<>();
        deadlines.forEach((c, field) -> values.put(c, field.getValue()));
        Integer duplicate = duplicateDays.getValue();
        try {
            settings.save(values, duplicate == null ? 0 : duplicate);
            Notifications.success(getTranslation("hotline.settings.saved"));
        } catch (BusinessRuleException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.hotline-settings");
    }
}
