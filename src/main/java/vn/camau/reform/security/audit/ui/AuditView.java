package vn.camau.reform.security.audit.ui;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.export.PagedRows;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.DateFields;
import vn.camau.reform.base.ui.LinkedChoice;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.base.ui.phone.FilterFold;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditFilter;
import vn.camau.reform.security.audit.AuditRecord;
import vn.camau.reform.security.audit.AuditService;
import vn.camau.reform.security.audit.AuditUnit;
import vn.camau.reform.base.text.Texts;

/**
 * Nhật ký hệ thống: who did what, when, from where, to which object, with the state before and after,
 * for administrators and auditors, in their unit and below. Read-only: the trail has no edit path.
 * The export goes through ExportButtons like every grid, so exporting the trail is itself audited. The
 * filters live in the address (bookmarkable, the back button steps back through searches); a click on a
 * row opens the whole entry; on a phone the filters fold and rows become cards.
 */
@Route("audit")
@Menu(title = "nav.audit", order = 98, icon = "vaadin:archive")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int EXPORT_PAGE = 1_000;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final transient AuditService audit;
    private final Grid<AuditRecord> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = DateFields.datePicker(null);
    private final DatePicker to = DateFields.datePicker(null);
    private final ComboBox<AuditUnit> unit = new ComboBox<>();
    /** Set while the fields are filled from the address, so that filling them does not navigate again. */
    private boolean restoring;

    AuditView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.col.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("common.all") : actionLabel(a));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("common.all"));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        unit.setLabel(getTranslation("col.unit"));
        unit.setItems(audit.units());
        unit.setItemLabelGenerator(AuditUnit::name);
        unit.setClearButtonVisible(true);
        unit.setWidth("16em");
        actor.addValueChangeListener(e -> filterChanged());
        action.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        unit.addValueChangeListener(e -> filterChanged());
        configureGrid();
        ExportButtons<AuditRecord> export = new ExportButtons<>(this::exportTable, () -> {
            AuditFilter f = filter();
            return PagedRows.stream(EXPORT_PAGE, (offset, limit) -> audit.list(f, offset, limit));
        });
        // on a phone the filters fold behind one button that says what is filtered (styles.css)
        FilterFold filters = new FilterFold(actor, action, from, to, unit);
        filters.addTools(export);
        Paragraph intro = new Paragraph(getTranslation("audit.intro"));
        intro.addClassName("audit-intro");
        add(new H2(getTranslation("nav.audit")), intro, filters, grid);
    }

    /** The address is the filter: a bookmark, a shared link or the back button lands on the same search. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AuditFilter f;
        try {
            f = AuditLink.filter(event.getLocation().getQueryParameters());
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
            f = AuditFilter.all();
        }
        restoring = true;
        try {
            actor.setValue(f.actor() == null ? "" : f.actor());
            action.setValue(f.action());
            from.setValue(f.from());
            to.setValue(f.to());
            LinkedChoice.select(unit, f.unitId(), AuditUnit::id, "unit.unknown");
        } finally {
            restoring = false;
        }
        refresh();
    }

    /**
     * A changed filter shows at once and becomes a new entry in the browser's history (as Vaadin's own
     * navigations do), so the back button returns to the previous search through {@link #beforeEnter}.
     * Not UI.navigate: it skips a location equal to the last one the browser asked for.
     */
    private void filterChanged() {
        if (restoring) {
            return;
        }
        refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory().pushState(null, new Location(link())));
    }

    /** This search's address, e.g. {@code audit?actor=an&action=SIGN_IN}. */
    public String link() {
        return new Location(AuditLink.ROUTE, AuditLink.of(filter())).getPathWithQueryParameters();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> TIME.format(r.occurredAt())).setHeader(getTranslation("audit.col.time"))
                .setAutoWidth(true).setKey("time");
        grid.addColumn(AuditRecord::actorName).setHeader(getTranslation("audit.col.actor")).setAutoWidth(true)
                .setKey("actor");
        grid.addColumn(AuditRecord::clientIp).setHeader(getTranslation("audit.col.ip")).setAutoWidth(true);
        grid.addColumn(r -> actionLabel(r.action())).setHeader(getTranslation("audit.col.action"))
                .setAutoWidth(true).setKey("action");
        grid.addColumn(this::object).setHeader(getTranslation("audit.col.object")).setAutoWidth(true);
        grid.addColumn(AuditRecord::unitName).setHeader(getTranslation("col.unit")).setAutoWidth(true);
        // stored data (codes, ids, what a user typed in a filter): its field names are translated, its values not;
        // long changes wrap inside the column (a fixed basis, never its content's width) rather than widen the grid
        grid.addColumn(this::change).setHeader(getTranslation("audit.col.change")).setWidth("18rem").setFlexGrow(1)
                .setKey("stored-data");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridCards.install(grid, AuditCard.renderer(this));
        // a click opens the whole entry, every field on its own line
        grid.addItemClickListener(e -> new AuditDetails(this, e.getItem()).open());
        grid.setSizeFull();
    }

    AuditFilter filter() {
        String who = actor.getValue() == null || actor.getValue().isBlank() ? null : actor.getValue().strip();
        return new AuditFilter(who, action.getValue(), from.getValue(), to.getValue(),
                unit.getValue() == null ? null : unit.getValue().id());
    }

    private void refresh() {
        AuditFilter f = filter();
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            // said here: the grid's lazy loading would turn the service's refusal into an error page
            Notifications.warning(getTranslation("period.from-after-to", VnFormats.date(f.from()),
                    VnFormats.date(f.to())));
            grid.setItems(List.of());
            return;
        }
        grid.setItems(q -> audit.list(f, q.getOffset(), q.getLimit()).stream(), q -> audit.count(f));
    }

    String actionLabel(AuditAction a) {
        return getTranslation(a.labelKey());
    }

    String object(AuditRecord r) {
        if (r.objectType() == null) {
            return "";
        }
        String type = translatedOr("audit.object." + r.objectType(), r.objectType());
        return r.objectId() == null ? type : type + " " + r.objectId();
    }

    /** "field: before → after" for each changed field, "field: value" where there was nothing before. */
    String change(AuditRecord r) {
        Set<String> keys = new LinkedHashSet<>(r.before().keySet());
        keys.addAll(r.after().keySet());
        return keys.stream().map(k -> field(k) + ": " + (r.before().containsKey(k)
                        ? shown(r.before().get(k)) + " → " + (r.after().containsKey(k) ? shown(r.after().get(k)) : "—")
                        : shown(r.after().get(k))))
                .collect(Collectors.joining("; "));
    }

    String field(String name) {
        return translatedOr("audit.field." + name, name);
    }

    String shown(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> field(String.valueOf(e.getKey())) + "=" + shown(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::shown).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean b) {
            return getTranslation(b ? "audit.value.yes" : "audit.value.no");
        }
        if (value instanceof String code && ROLE_NAMES.contains(code)) {
            return getTranslation("role." + code);
        }
        if (value instanceof String code && code.matches("[A-Za-z][A-Za-z_]+")) {
            // a stored code (how someone signed in, why it was refused, how a one-time password was
            // delivered) in the reader's words; the SSO codes are stored in lower case
            return translatedOr("audit.value." + code.toUpperCase(java.util.Locale.ROOT), code);
        }
        return value == null ? "—" : String.valueOf(value);
    }

    private static final Set<String> ROLE_NAMES = java.util.Arrays.stream(vn.camau.reform.security.Role.values())
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());

    /** A translation where the files have one; the stored name otherwise (a field added later). */
    /** The code's text, or the code itself where it has none (a value the trail records as it came). */
    private String translatedOr(String key, String fallback) {
        return Texts.has(key, getLocale()) ? getTranslation(key) : fallback;
    }

    private TableExport<AuditRecord> exportTable() {
        Map<AuditAction, String> labels = new java.util.EnumMap<>(AuditAction.class);
        for (AuditAction a : AuditAction.values()) {
            labels.put(a, actionLabel(a));
        }
        AuditFilter f = filter();
        return TableExport.of(getTranslation("audit.export.sheet"), List.of(
                        ExportColumn.<AuditRecord>dateTime(getTranslation("audit.col.time"), AuditRecord::occurredAt),
                        ExportColumn.text(getTranslation("audit.col.actor"), AuditRecord::actorName),
                        ExportColumn.text(getTranslation("audit.col.ip"), AuditRecord::clientIp),
                        ExportColumn.text(getTranslation("audit.col.action-code"), r -> r.action().name()),
                        ExportColumn.text(getTranslation("audit.col.action"), r -> labels.get(r.action())),
                        ExportColumn.text(getTranslation("audit.col.object-type"), AuditRecord::objectType),
                        ExportColumn.text(getTranslation("audit.col.object-id"), AuditRecord::objectId),
                        ExportColumn.text(getTranslation("col.unit"), AuditRecord::unitName),
                        ExportColumn.text(getTranslation("audit.col.change"), this::change)))
                .withContext(f.unitId(), f);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
