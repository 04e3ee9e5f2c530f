package vn.camau.reform.apology.ui;

import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import vn.camau.reform.apology.ApologyService;
import vn.camau.reform.apology.PublishedApology;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.DateFields;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.period.Today;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;

/**
 * The public list of a unit's apologies for a period, to print for the one-stop desk's notice board
 * or to export for the portal (Cà Mau: "apologise publicly"). It sits outside the application's
 * frame so that only the list prints; the applicant's name is masked and nothing else personal shows.
 */
@Route(value = "apologies/public", autoLayout = false)
@RolesAllowed({Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class PublicApologyListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The controls never print; the table keeps its borders on paper. */
    private static final String PRINT_CSS = "@media print { .no-print { display: none !important; } }"
            + " .apology-public-list { border-collapse: collapse; width: 100%; font-size: 0.85rem; }"
            + " .apology-public-list th, .apology-public-list td { border: 1px solid #555; padding: 4px 6px;"
            + " vertical-align: top; text-align: left; }";

    private final transient ApologyService apologies;
    private final transient ReportUnits reportUnits;
    private final transient Today today;
    private final ComboBox<ReportUnit> unit = new Picker<>();
    private final DatePicker from = DateFields.datePicker("");
    private final DatePicker to = DateFields.datePicker("");
    private final Div sheet = new Div();

    PublicApologyListView(ApologyService apologies, ReportUnits reportUnits, Today today, CurrentUser currentUser) {
        this.apologies = apologies;
        this.reportUnits = reportUnits;
        this.today = today;
        unit.setLabel(getTranslation("apology.public.unit"));
        unit.setItems(reportUnits.currentUnitsInScope());
        unit.setItemLabelGenerator(ReportUnit::name);
        unit.setWidth("22em");
        from.setLabel(getTranslation("period.from"));
        to.setLabel(getTranslation("period.to"));
        Button show = new Button(getTranslation("apology.public.show"), e -> navigateToFilter());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button print = new Button(getTranslation("apology.public.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        ExportButtons<PublishedApology> export = new ExportButtons<>(this::exportTable, () -> {
            List<PublishedApology> rows = rows();
            return rows.stream();
        });
        Anchor back = new Anchor("apologies", getTranslation("apology.public.back"));
        FlexLayout controls = new FlexLayout(unit, from, to, show, print, export, back);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("gap", "var(--lumo-space-m)");
        controls.addClassName("no-print");
        add(controls, sheet);
        LocalDate day = today.date();
        currentUser.get().ifPresent(u -> select(u.unitId()));
        from.setValue(day.withDayOfMonth(1));
        to.setValue(day);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs("if (!document.getElementById('apology-print-css')) {"
                + " const s = document.createElement('style'); s.id = 'apology-print-css'; s.textContent = $0;"
                + " document.head.appendChild(s); }", PRINT_CSS);
    }

    private void select(long unitId) {
        unit.getListDataView().getItems().filter(u -> u.id() == unitId).findFirst().ifPresent(unit::setValue);
    }

    private void navigateToFilter() {
        if (unit.getValue() == null || from.getValue() == null || to.getValue() == null) {
            Notifications.warning(getTranslation("apology.public.choose"));
            return;
        }
        UI.getCurrent().navigate(PublicApologyListView.class, new QueryParameters(Map.of(
                "unit", List.of(String.valueOf(unit.getValue().id())),
                "from", List.of(from.getValue().toString()), "to", List.of(to.getValue().toString()))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        param(params, "unit").ifPresent(id -> {
            try {
                select(Long.parseLong(id));
            } catch (NumberFormatException e) {
                // an unreadable unit falls back to the user's own
            }
        });
        param(params, "from").flatMap(PublicApologyListView::date).ifPresent(from::setValue);
        param(params, "to").flatMap(PublicApologyListView::date).ifPresent(to::setValue);
        render();
    }

    private static Optional<String> param(QueryParameters params, String name) {
        return params.getSingleParameter(name);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private List<PublishedApology> rows() {
        if (unit.getValue() == null || from.getValue() == null || to.getValue() == null) {
            return List.of();
        }
        return apologies.published(unit.getValue().id(), from.getValue(), to.getValue());
    }

    private void render() {
        sheet.removeAll();
        List<PublishedApology> rows;
        try {
            rows = rows();
        } catch (BusinessRuleException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        String unitName = unit.getValue() == null ? "" : unit.getValue().name();
        sheet.add(new H2(getTranslation("apology.public.heading")),
                new Paragraph(unitName + " – " + getTranslation("apology.public.period",
                        VnFormats.date(from.getValue()), VnFormats.date(to.getValue()))));
        if (rows.isEmpty()) {
            sheet.add(new Paragraph(getTranslation("apology.public.none")));
            return;
        }
        Element table = new Element("table");
        table.getClassList().add("apology-public-list");
        Element head = new Element("tr");
        for (String key : HEADERS) {
            head.appendChild(new Element("th").setText(getTranslation(key)));
        }
        table.appendChild(head);
        int n = 0;
        for (PublishedApology a : rows) {
            Element tr = new Element("tr");
            for (String cell : List.of(String.valueOf(++n), a.dossierCode(), a.procedureName(), a.applicantMasked(),
                    VnFormats.date(a.originalDueDate()), VnFormats.date(a.newDueDate()), a.reason(),
                    a.faultUnitName() + " (" + a.letterNumber() + ", " + VnFormats.date(a.issuedOn()) + ")",
                    VnFormats.date(a.publishedAt().toLocalDate()) + " – " + a.publishedWhere())) {
                tr.appendChild(new Element("td").setText(cell));
            }
            table.appendChild(tr);
        }
        sheet.getElement().appendChild(table);
    }

    private static final List<String> HEADERS = List.of("apology.public.no", "col.dossier-code", "col.procedure",
            "dossier.applicant", "apology.public.col.original-date", "apology.public.col.new-date", "apology.public.col.reason", "apology.public.col.fault-unit",
            "apology.public.col.published");

    private TableExport<PublishedApology> exportTable() {
        return TableExport.of(getTranslation("apology.public.heading"), List.of(
                ExportColumn.text(getTranslation("col.dossier-code"), PublishedApology::dossierCode),
                ExportColumn.text(getTranslation("col.procedure"), PublishedApology::procedureName),
                ExportColumn.text(getTranslation("dossier.applicant"), PublishedApology::applicantMasked),
                ExportColumn.date(getTranslation("apology.public.col.original-date"), PublishedApology::originalDueDate),
                ExportColumn.date(getTranslation("apology.public.col.new-date"), PublishedApology::newDueDate),
                ExportColumn.text(getTranslation("apology.public.col.reason"), PublishedApology::reason),
                ExportColumn.text(getTranslation("apology.public.col.fault-unit"), PublishedApology::faultUnitName),
                ExportColumn.text(getTranslation("apology.public.col.letter-number"), PublishedApology::letterNumber),
                ExportColumn.date(getTranslation("apology.public.col.issued-on"), PublishedApology::issuedOn),
                ExportColumn.dateTime(getTranslation("apology.public.col.published-at"), PublishedApology::publishedAt),
                ExportColumn.text(getTranslation("apology.public.col.published-where"), PublishedApology::publishedWhere)))
                .withContext(unit.getValue() == null ? null : unit.getValue().id(), Map.of(
                        "from", String.valueOf(from.getValue()), "to", String.valueOf(to.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apology.public.heading");
    }
}
