package vn.camau.reform.dashboard.report.ui;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.dashboard.report.MonthlyReport;
import vn.camau.reform.dashboard.report.MonthlyReportService;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;
import vn.camau.reform.security.Roles;

/**
 * The monthly reports of the units in the reader's scope, newest first, each downloadable as PDF and as
 * DOCX; leaders (and the administrator) may have one written now for a month or quarter of a unit in
 * their scope. A bad period is said in a notification and nothing is stored.
 */
@Route("monthly-reports")
@Menu(title = "nav.monthly-reports", order = 16, icon = "vaadin:file-text-o")
@RolesAllowed({Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.INSPECTOR, Roles.INSPECTION_LEADER, Roles.AUDITOR,
        Roles.ADMIN})
public class MonthlyReportsView extends VerticalLayout implements HasDynamicTitle {

    /** The list shows this many, newest first; older ones stay stored. */
    static final int SHOWN = 200;

    private final transient MonthlyReportService reports;
    private final Grid<MonthlyReport> grid = new Grid<>();
    private final Picker<ReportUnit> unit = new Picker<>();
    private final Select<PeriodKind> kind = new Select<>();
    private final IntegerField year = new IntegerField();
    private final Select<Integer> part = new Select<>();

    MonthlyReportsView(MonthlyReportService reports, ReportUnits reportUnits, CurrentUser currentUser) {
        this.reports = reports;
        setSizeFull();
        add(new H2(getTranslation("nav.monthly-reports")));
        if (currentUser.may(Permission.GENERATE_MONTHLY_REPORT)) {
            add(generateForm(reportUnits.currentUnitsInScope()));
        }
        grid.addColumn(MonthlyReport::unitName).setHeader(getTranslation("monthly-reports.col.unit"))
                .setFlexGrow(2).setResizable(true);
        grid.addColumn(this::periodLabel).setHeader(getTranslation("monthly-reports.col.period")).setAutoWidth(true);
        grid.addColumn(MonthlyReport::number).setHeader(getTranslation("monthly-reports.col.number")).setAutoWidth(true);
        grid.addColumn(r -> VnFormats.dateTime(r.generatedAt()))
                .setHeader(getTranslation("monthly-reports.col.generated-at")).setAutoWidth(true);
        grid.addColumn(r -> VnFormats.date(r.figuresAsOf()))
                .setHeader(getTranslation("monthly-reports.col.as-of")).setAutoWidth(true);
        grid.addColumn(r -> r.byJob() ? getTranslation("monthly-reports.by-job") : r.generatedBy())
                .setHeader(getTranslation("monthly-reports.col.by")).setAutoWidth(true);
        grid.addColumn(r -> r.mailedAt() == null ? "" : VnFormats.dateTime(r.mailedAt()))
                .setHeader(getTranslation("monthly-reports.col.mailed")).setAutoWidth(true);
        Grid.Column<MonthlyReport> files = grid.addComponentColumn(this::downloads).setKey("files")
                .setHeader(getTranslation("monthly-reports.col.files")).setAutoWidth(true).setFlexGrow(0);
        // on a phone: the unit, period and number on a card, the files beside it, nothing sideways
        GridCards.install(grid, LitRenderer.<MonthlyReport>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.unit}</span></div>
                          <div class="phone-card-line">${item.period} · ${item.number}</div>
                          <div class="phone-card-line">${item.generated}</div>
                        </div>""")
                .withProperty("unit", MonthlyReport::unitName)
                .withProperty("period", this::periodLabel)
                .withProperty("number", MonthlyReport::number)
                .withProperty("generated", r -> getTranslation("monthly-reports.col.generated-at") + ": "
                        + VnFormats.dateTime(r.generatedAt())), files);
        List<Grid.Column<MonthlyReport>> order = new java.util.ArrayList<>(grid.getColumns());
        order.remove(files);
        order.add(files); // the downloads last, after the card on a phone as after the columns on a desk
        grid.setColumnOrder(order);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("monthly-reports.empty"));
        add(grid);
        refresh();
    }

    private FlexLayout generateForm(List<ReportUnit> units) {
        unit.setLabel(getTranslation("monthly-reports.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(ReportUnit::name);
        unit.setWidth("18em");
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
        YearMonth last = YearMonth.now().minusMonths(1);
        kind.setLabel(getTranslation("monthly-reports.kind"));
        kind.setItems(PeriodKind.MONTH, PeriodKind.QUARTER);
        kind.setItemLabelGenerator(k -> getTranslation("monthly-reports.kind." + k.name()));
        kind.setValue(PeriodKind.MONTH);
        kind.addValueChangeListener(e -> parts(e.getValue(), null));
        year.setLabel(getTranslation("monthly-reports.year"));
        year.setValue(last.getYear());
        year.setStepButtonsVisible(true);
        year.setWidth("10em"); // four digits beside the two step buttons
        part.setLabel(getTranslation("monthly-reports.month"));
        parts(PeriodKind.MONTH, last.getMonthValue());
        Button generate = new Button(getTranslation("monthly-reports.generate"), VaadinIcon.FILE_ADD.create(),
                e -> generate());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setDisableOnClick(true);
        generate.addClickListener(e -> generate.setEnabled(true));
        FlexLayout form = new FlexLayout(unit, kind, year, part, generate);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        return form;
    }

    /** The months or the quarters of a year to pick from. */
    private void parts(PeriodKind k, Integer value) {
        boolean quarter = k == PeriodKind.QUARTER;
        part.setLabel(getTranslation(quarter ? "monthly-reports.quarter" : "monthly-reports.month"));
        part.setItems(IntStream.rangeClosed(1, quarter ? 4 : 12).boxed().toList());
        part.setItemLabelGenerator(n -> quarter ? getTranslation("monthly-reports.quarter.n", n)
                : getTranslation("monthly-reports.month.n", n));
        part.setValue(value != null ? value : 1);
    }

    private void generate() {
        if (unit.getValue() == null || year.getValue() == null || part.getValue() == null) {
            Notifications.error(getTranslation("monthly-reports.incomplete"));
            return;
        }
        Period period;
        try {
            period = kind.getValue() == PeriodKind.QUARTER ? Period.quarter(year.getValue(), part.getValue())
                    : Period.month(YearMonth.of(year.getValue(), part.getValue()));
        } catch (RuntimeException outOfRange) {
            // a year the calendar or the reports cannot hold (before 2000, after 2100, 99999)
            Notifications.error(getTranslation(year.getValue() < MonthlyReportService.EARLIEST.getYear()
                    ? "monthly-report.period.too-early" : "monthly-report.period.future"));
            return;
        }
        try {
            reports.generate(unit.getValue().id(), period);
        } catch (BusinessRuleException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        refresh();
        Notifications.success(getTranslation("monthly-reports.generated"));
    }

    private HorizontalLayout downloads(MonthlyReport r) {
        Anchor pdf = new Anchor(download(r, "pdf", "application/pdf"), AttachmentType.DOWNLOAD, "PDF");
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        Anchor docx = new Anchor(download(r, "docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), AttachmentType.DOWNLOAD,
                "DOCX");
        docx.addComponentAsFirst(VaadinIcon.FILE_O.create());
        return new HorizontalLayout(pdf, docx);
    }

    /** Runs on the request that carries the login, so the service checks the permission and scope again. */
    private DownloadHandler download(MonthlyReport r, String extension, String contentType) {
        MonthlyReportService service = reports;
        long id = r.id();
        String fileName = MonthlyReportService.fileName(r, extension);
        return event -> {
            byte[] bytes = "pdf".equals(extension) ? service.pdf(id) : service.docx(id);
            event.setFileName(fileName);
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
    }

    private String periodLabel(MonthlyReport r) {
        LocalDate from = r.periodStart();
        return r.kind() == PeriodKind.QUARTER
                ? getTranslation("monthly-reports.quarter.of", (from.getMonthValue() - 1) / 3 + 1, from.getYear())
                : String.format("%02d/%d", from.getMonthValue(), from.getYear());
    }

    private void refresh() {
        grid.setItems(reports.list(null, 0, SHOWN));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.monthly-reports");
    }
}
