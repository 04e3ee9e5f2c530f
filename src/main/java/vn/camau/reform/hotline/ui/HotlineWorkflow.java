package vn.camau.reform.hotline.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.camau.reform.officer.OfficerDirectory;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.hotline.Assignee;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineClassification;
import vn.camau.reform.hotline.HotlineReport;
import vn.camau.reform.hotline.HotlineRules;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.hotline.HotlineState;
import vn.camau.reform.hotline.OfficerAction;
import vn.camau.reform.hotline.Satisfaction;
import vn.camau.reform.base.ui.DialogOpener;

/**
 * The buttons for the next steps on a report: only those its state allows and the user's role may
 * take (the service checks both again). Each step sends the version the page shows, so a step on a
 * report someone else changed meanwhile is refused instead of overwriting their change.
 */
class HotlineWorkflow extends Composite<FlexLayout> {

    private final transient HotlineService hotline;
    private final transient ReportUnits reportUnits;
    private final transient OfficerDirectory officers;
    private final transient Clock clock;
    private final HotlineReport r;
    /** The version of the report the page shows now: after a refusal the page reloads and this moves on. */
    private final IntSupplier version;
    private final Runnable reload;

    HotlineWorkflow(HotlineService hotline, ReportUnits reportUnits, OfficerDirectory officers, Clock clock, HotlineReport r,
                    HotlineAccess access, IntSupplier version, Runnable reload) {
        this.hotline = hotline;
        this.reportUnits = reportUnits;
        this.officers = officers;
        this.clock = clock;
        this.r = r;
        this.version = version;
        this.reload = reload;
        FlexLayout layout = getContent();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.getStyle().set("gap", "var(--lumo-space-s)");
        layout.setId("workflow");
        if (!access.works()) {
            return;
        }
        HotlineState s = r.state();
        if (s.awaitsAnswer()) {
            layout.add(button("hotline.step.assign", this::assign,
                    s == HotlineState.RECEIVED ? ButtonVariant.LUMO_PRIMARY : null));
        }
        if (s == HotlineState.ASSIGNED || s == HotlineState.VERIFYING) {
            layout.add(button("hotline.step.answer", this::answer, ButtonVariant.LUMO_PRIMARY));
        }
        if (s == HotlineState.ANSWERED || s == HotlineState.CONCLUDED) {
            layout.add(button("hotline.step.satisfaction", this::satisfaction,
                    r.answer().satisfaction() == null ? ButtonVariant.LUMO_PRIMARY : null));
        }
        if (access.leads() && s == HotlineState.ANSWERED) {
            layout.add(button("hotline.step.conclude", this::conclude, ButtonVariant.LUMO_PRIMARY));
        }
        if (s == HotlineState.CONCLUDED) {
            layout.add(button("hotline.step.close", this::close, null));
        }
        if (!s.awaitsAnswer() && r.answer().satisfaction() == Satisfaction.NOT_SATISFIED) {
            layout.add(button("hotline.step.reopen", this::reopen, ButtonVariant.LUMO_ERROR));
        }
        if (s != HotlineState.RECEIVED && s != HotlineState.CLOSED) {
            layout.add(button("hotline.step.note", this::note, null));
        }
        if (s != HotlineState.CLOSED) {
            layout.add(button("hotline.step.reclassify", this::reclassify, null),
                    button("hotline.step.attach", this::attach, null));
        }
    }

    boolean hasSteps() {
        return getContent().getComponentCount() > 0;
    }

    private Button button(String key, Runnable open, ButtonVariant variant) {
        Button b = new Button(getTranslation(key), e -> open.run());
        DialogOpener.mark(b);
        if (variant != null) {
            b.addThemeVariants(variant);
        }
        return b;
    }

    private void open(String titleKey, String confirmKey, Runnable step, String doneKey, Component... body) {
        new ActionDialog(getTranslation(titleKey, r.code()), getTranslation(confirmKey), step, getTranslation(doneKey),
                reload, body).open();
    }

    private TextArea area(String labelKey, int max) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(max);
        area.setWidth("36em");
        area.setMinHeight("8em");
        return area;
    }

    private <E extends Enum<E>> Select<E> select(String labelKey, E[] values, E value,
                                                 java.util.function.Function<E, String> labelKeyOf) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> getTranslation(labelKeyOf.apply(v)));
        select.setValue(value);
        return select;
    }

    private void reclassify() {
        Select<HotlineCategory> category = select("hotline.field.category", HotlineCategory.values(), r.subject().category(),
                HotlineCategory::labelKey);
        UnitAndOfficerFields unitAndOfficer = new UnitAndOfficerFields(reportUnits, officers, getTranslation("hotline.field.unit"),
                getTranslation("hotline.field.officer"));
        unitAndOfficer.show(r.subject().unitId(), r.subject().unitName(), r.subject().officerId(), r.subject().officerName());
        TextField dossier = new TextField(getTranslation("hotline.field.dossier-code"));
        dossier.setValue(r.subject().dossierCode() == null ? "" : r.subject().dossierCode());
        open("hotline.dialog.reclassify.title", "hotline.dialog.reclassify.confirm",
                () -> hotline.reclassify(r.id(), version.getAsInt(), new HotlineClassification(category.getValue(),
                        unitAndOfficer.unitId(), unitAndOfficer.officerId(), dossier.getValue())),
                "hotline.done.reclassified", new Paragraph(getTranslation("hotline.dialog.reclassify.hint")), category,
                unitAndOfficer.unit, unitAndOfficer.officer, dossier);
    }

    private void assign() {
        ComboBox<ReportUnit> unit = new Picker<>(getTranslation("hotline.assigned-unit"));
        List<ReportUnit> units = new ArrayList<>(reportUnits.currentUnitsInScope());
        unit.setItems(units);
        unit.setItemLabelGenerator(ReportUnit::name);
        unit.setClearButtonVisible(true);
        unit.setWidth("24em");
        long preset = r.assignment().unitId() != null ? r.assignment().unitId() : r.subject().unitId();
        units.stream().filter(u -> u.id() == preset).findFirst().ifPresent(unit::setValue);
        ComboBox<Assignee> assignee = new Picker<>(getTranslation("hotline.col.assignee"));
        List<Assignee> people = hotline.assignees();
        assignee.setItems(people);
        assignee.setItemLabelGenerator(a -> a.fullName() + " – " + a.unitName());
        assignee.setClearButtonVisible(true);
        assignee.setWidth("24em");
        if (r.assignment().assigneeId() != null) {
            people.stream().filter(a -> a.userId() == r.assignment().assigneeId()).findFirst().ifPresent(assignee::setValue);
        }
        TextArea comment = area("hotline.dialog.assign.comment", HotlineRules.MAX_NOTE);
        open("hotline.dialog.assign.title", "hotline.dialog.assign.confirm",
                () -> hotline.assign(r.id(), version.getAsInt(), unit.getValue() == null ? null : unit.getValue().id(),
                        assignee.getValue() == null ? null : assignee.getValue().userId(), comment.getValue()),
                "hotline.done.assigned", unit, assignee, comment);
    }

    private void note() {
        TextArea text = area("hotline.dialog.note.text", HotlineRules.MAX_NOTE);
        text.setRequiredIndicatorVisible(true);
        open("hotline.dialog.note.title", "hotline.dialog.note.confirm",
                () -> hotline.addNote(r.id(), version.getAsInt(), text.getValue()), "hotline.done.noted", text);
    }

    private void answer() {
        TextArea text = area("hotline.answer-text", HotlineRules.MAX_ANSWER);
        text.setRequiredIndicatorVisible(true);
        Select<HotlineChannel> channel = select("hotline.answer-channel", HotlineChannel.values(), r.channel(),
                HotlineChannel::labelKey);
        DateTimePicker at = HotlineFields.dateTimePicker("hotline.answered-at");
        at.setValue(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        open("hotline.dialog.answer.title", "hotline.dialog.answer.confirm",
                () -> hotline.answer(r.id(), version.getAsInt(), text.getValue(), channel.getValue(), at.getValue()),
                "hotline.done.answered", text, channel, at);
    }

    private void satisfaction() {
        Select<Satisfaction> satisfaction = select("hotline.col.satisfaction", Satisfaction.values(), r.answer().satisfaction(),
                Satisfaction::labelKey);
        open("hotline.dialog.satisfaction.title", "hotline.dialog.satisfaction.confirm",
                () -> hotline.recordSatisfaction(r.id(), version.getAsInt(), satisfaction.getValue()),
                "hotline.done.satisfaction", satisfaction);
    }

    private void conclude() {
        Select<Conclusion> conclusion = select("hotline.col.conclusion", Conclusion.values(), null,
                Conclusion::labelKey);
        Select<OfficerAction> action = select("hotline.officer-action", OfficerAction.values(), OfficerAction.NONE,
                OfficerAction::labelKey);
        TextArea note = area("hotline.conclusion-note", HotlineRules.MAX_CONCLUSION_NOTE);
        open("hotline.dialog.conclude.title", "hotline.dialog.conclude.confirm",
                () -> hotline.conclude(r.id(), version.getAsInt(), conclusion.getValue(), action.getValue(),
                        note.getValue()),
                "hotline.done.concluded", conclusion, action, note);
    }

    private void close() {
        open("hotline.dialog.close.title", "hotline.dialog.close.confirm", () -> hotline.close(r.id(), version.getAsInt()),
                "hotline.done.closed", new Paragraph(getTranslation("hotline.dialog.close.hint")));
    }

    private void reopen() {
        TextArea reason = area("hotline.dialog.reopen.reason", HotlineRules.MAX_NOTE);
        reason.setRequiredIndicatorVisible(true);
        open("hotline.dialog.reopen.title", "hotline.dialog.reopen.confirm",
                () -> hotline.reopen(r.id(), version.getAsInt(), reason.getValue()), "hotline.done.reopened",
                new Paragraph(getTranslation("hotline.dialog.reopen.hint")), reason);
    }

    private void attach() {
        AttachmentPicker picker = new AttachmentPicker();
        open("hotline.dialog.attach.title", "hotline.dialog.attach.confirm",
                () -> hotline.attach(r.id(), version.getAsInt(), picker.files()), "hotline.done.attached",
                new Paragraph(getTranslation("hotline.upload.hint", String.valueOf(AttachmentPicker.MAX_FILES))),
                picker);
    }
}
