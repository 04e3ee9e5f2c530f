package vn.camau.reform.hotline.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.officer.OfficerDirectory;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineIntake;
import vn.camau.reform.hotline.HotlineRules;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.security.Roles;

/**
 * "Tiếp nhận phản ánh": the inspector types in a report as it arrived. The service checks every
 * rule (phone, e-mail, dossier code, files) and a refusal keeps everything typed and every file
 * picked, so nothing the citizen said is lost to a typo.
 */
@Route(HotlineNavigation.INTAKE)
@RolesAllowed({Roles.INSPECTOR, Roles.INSPECTION_LEADER, Roles.PROVINCE_LEADER, Roles.UNIT_LEADER})
public class HotlineIntakeView extends VerticalLayout implements HasDynamicTitle {

    private final transient HotlineService hotline;
    private final Select<HotlineChannel> channel = new Select<>();
    private final DateTimePicker receivedAt = HotlineFields.dateTimePicker("hotline.field.received-at");
    private final Checkbox anonymous = new Checkbox();
    private final TextField reporterName = new TextField();
    private final TextField reporterPhone = new TextField();
    private final EmailField reporterEmail = new EmailField();
    private final Select<HotlineCategory> category = new Select<>();
    private final UnitAndOfficerFields unitAndOfficer;
    private final TextField dossierCode = new TextField();
    private final TextArea description = new TextArea();
    private final AttachmentPicker attachments = new AttachmentPicker();

    HotlineIntakeView(HotlineService hotline, ReportUnits reportUnits, OfficerDirectory officers, Clock clock) {
        this.hotline = hotline;
        unitAndOfficer = new UnitAndOfficerFields(reportUnits, officers, getTranslation("hotline.field.unit"),
                getTranslation("hotline.field.officer"));
        channel.setLabel(getTranslation("hotline.field.channel"));
        channel.setItems(HotlineChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        channel.setValue(HotlineChannel.PHONE);
        receivedAt.setValue(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        receivedAt.setRequiredIndicatorVisible(true);
        anonymous.setLabel(getTranslation("hotline.field.anonymous"));
        anonymous.addValueChangeListener(e -> anonymityChanged(e.getValue()));
        reporterName.setLabel(getTranslation("hotline.field.reporter-name"));
        reporterName.setMaxLength(HotlineRules.MAX_NAME);
        reporterPhone.setLabel(getTranslation("hotline.field.reporter-phone"));
        reporterPhone.setHelperText(getTranslation("hotline.field.reporter-phone.help"));
        reporterPhone.setMaxLength(30);
        reporterEmail.setLabel(getTranslation("hotline.field.reporter-email"));
        reporterEmail.setMaxLength(HotlineRules.MAX_NAME);
        category.setLabel(getTranslation("hotline.field.category"));
        category.setItems(HotlineCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        category.setRequiredIndicatorVisible(true);
        dossierCode.setLabel(getTranslation("hotline.field.dossier-code"));
        dossierCode.setHelperText(getTranslation("hotline.field.dossier-code.help"));
        dossierCode.setMaxLength(50);
        description.setLabel(getTranslation("hotline.field.description"));
        description.setMaxLength(HotlineRules.MAX_DESCRIPTION);
        description.setRequiredIndicatorVisible(true);
        description.setMinHeight("10em");
        description.setValueChangeMode(ValueChangeMode.EAGER);
        description.addValueChangeListener(e -> description.setHelperText(getTranslation("hotline.field.characters",
                String.valueOf(e.getValue().length()), String.valueOf(HotlineRules.MAX_DESCRIPTION))));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.add(channel, receivedAt, anonymous);
        form.add(reporterName, reporterPhone, reporterEmail);
        form.add(category, unitAndOfficer.unit, unitAndOfficer.officer);
        form.add(dossierCode);
        form.add(description, 3);
        Button save = new Button(getTranslation("hotline.intake.save"), e -> save(e.getSource()));
        // A double click must not log the report twice
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"),
                e -> UI.getCurrent().navigate(HotlineNavigation.QUEUE));
        add(new H2(getTranslation("hotline.intake.title")), new Paragraph(getTranslation("hotline.intake.hint")), form,
                new H3(getTranslation("hotline.attachments")),
                new Paragraph(getTranslation("hotline.upload.hint", String.valueOf(AttachmentPicker.MAX_FILES))),
                attachments, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(save, cancel));
    }

    /** An anonymous report must not keep a name typed before the box was ticked. */
    private void anonymityChanged(boolean isAnonymous) {
        if (isAnonymous) {
            reporterName.clear();
            reporterPhone.clear();
            reporterEmail.clear();
        }
        reporterName.setVisible(!isAnonymous);
        reporterPhone.setVisible(!isAnonymous);
        reporterEmail.setVisible(!isAnonymous);
    }

    private void save(Button save) {
        boolean anon = anonymous.getValue();
        HotlineIntake intake = new HotlineIntake(channel.getValue(), receivedAt.getValue(), anon,
                anon ? null : reporterName.getValue(), anon ? null : reporterPhone.getValue(),
                anon ? null : reporterEmail.getValue(), category.getValue(), unitAndOfficer.unitId(),
                unitAndOfficer.officerId(), dossierCode.getValue(), description.getValue(), attachments.files());
        try {
            long id = hotline.intake(intake);
            Notifications.success(getTranslation("hotline.intake.saved"));
            UI.getCurrent().navigate(HotlineNavigation.report(id));
        } catch (BusinessRuleException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
            save.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hotline.intake.title");
    }
}
