package vn.camau.reform.account.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.account.AccountFilter;
import vn.camau.reform.account.AccountService;
import vn.camau.reform.account.AccountStatus;
import vn.camau.reform.account.AccountSummary;
import vn.camau.reform.account.OfficerAccountsService;
import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.export.PagedRows;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.UrlParameters;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.base.ui.phone.FilterFold;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.Roles;
import vn.camau.reform.base.ui.DialogOpener;

/**
 * Accounts of the administrator's unit and the units below it: search (without accents), filters by
 * unit, role and state, and the way into creating, editing, disabling and resetting an account.
 * The search and the state travel in the URL ({@code users?status=LOCKED&q=nguyen}), so the
 * administrator's home links straight to the accounts that need them.
 */
@Route("users")
@Menu(title = "nav.users", order = 94, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The URL's parameters: the search text and the account state. */
    public static final String TEXT = "q";
    public static final String STATUS = "status";

    private final transient AccountService accounts;
    private final transient OfficerAccountsService officerAccounts;
    private final transient AdminUnitService units;
    private final TextField search = new TextField();
    private final ComboBox<ReportUnit> unit = new ComboBox<>();
    private final Select<Role> role = new Select<>();
    private final Select<AccountStatus> status = new Select<>();
    private final Grid<AccountSummary> grid = new Grid<>();
    /** Set while the URL's values are put in the fields, so that does not rewrite the URL. */
    private boolean restoring;

    UserAdminView(AccountService accounts, OfficerAccountsService officerAccounts, AdminUnitService units) {
        this.accounts = accounts;
        this.officerAccounts = officerAccounts;
        this.units = units;
        setSizeFull();

        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setAriaLabel(getTranslation("users.search"));
        UnitChoices.configure(unit, units);
        unit.setPlaceholder(getTranslation("users.filter.unit"));
        unit.setClearButtonVisible(true);
        role.setPlaceholder(getTranslation("users.filter.role"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("users.filter.anyRole"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? getTranslation("users.filter.anyRole") : getTranslation(r.labelKey()));
        status.setPlaceholder(getTranslation("users.filter.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("users.filter.anyStatus"));
        status.setItems(AccountStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("users.filter.anyStatus")
                : getTranslation(s.labelKey()));
        search.addValueChangeListener(e -> filtersChanged());
        unit.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> filtersChanged());

        Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(),
                e -> AccountDialog.forNew(accounts, units, this::refresh).open());
        DialogOpener.mark(create);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button bulk = new Button(getTranslation("users.bulk"), VaadinIcon.USERS.create(),
                e -> new BulkAccountsDialog(officerAccounts, units, this::refresh).open());
        DialogOpener.mark(bulk);
        // the search stays in sight; on a phone the other filters and the export fold behind one button
        search.setMinWidth("14rem");
        search.getStyle().set("flex", "1 1 14rem");
        FilterFold filters = new FilterFold(unit, role, status);
        filters.addTools(exportButtons());
        HorizontalLayout actions = new HorizontalLayout(search, create, bulk);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWidthFull();
        actions.setWrap(true);
        VerticalLayout toolbar = new VerticalLayout(actions, filters);
        toolbar.setPadding(false);
        toolbar.setSpacing(false);

        grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.field.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::fullName).setHeader(getTranslation("account.field.fullName")).setWidth("13rem").setFlexGrow(2);
        grid.addColumn(AccountSummary::unitName).setHeader(getTranslation("account.field.unit")).setWidth("12rem").setFlexGrow(2);
        grid.addColumn(this::rolesText).setHeader(getTranslation("account.field.roles")).setWidth("12rem")
                .setFlexGrow(1);
        grid.addColumn(this::statusText).setHeader(getTranslation("users.col.status")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(a -> a.lastLoginAt() == null ? "–" : VnFormats.dateTime(a.lastLoginAt()))
                .setHeader(getTranslation("users.col.lastSignIn")).setAutoWidth(true);
        Grid.Column<AccountSummary> editColumn = grid.addComponentColumn(a -> {
            Button edit = new Button(getTranslation("users.edit"), VaadinIcon.EDIT.create(),
                    e -> openEditor(a.id()));
            DialogOpener.mark(edit);
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        // on a phone a card per account (name, state, unit, roles, last sign-in) beside its edit button
        GridCards.install(grid, LitRenderer.<AccountSummary>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.username}</span><span>${item.status}</span></div>
                          <div>${item.fullName}</div>
                          <div class="phone-card-line">${item.unit}</div>
                          <div class="phone-card-line">${item.roles}</div>
                          <div class="phone-card-line">${item.lastSignIn}</div>
                        </div>""")
                .withProperty("username", AccountSummary::username)
                .withProperty("status", this::statusText)
                .withProperty("fullName", AccountSummary::fullName)
                .withProperty("unit", AccountSummary::unitName)
                .withProperty("roles", this::rolesText)
                .withProperty("lastSignIn", a -> getTranslation("users.col.lastSignIn") + ": "
                        + (a.lastLoginAt() == null ? "–" : VnFormats.dateTime(a.lastLoginAt()))), editColumn);
        grid.addItemDoubleClickListener(e -> openEditor(e.getItem().id()));
        grid.setSizeFull();

        add(toolbar, grid); // filled in beforeEnter, from the URL
    }

    private String rolesText(AccountSummary a) {
        return a.roles().stream().map(r -> getTranslation(r.labelKey())).sorted().collect(Collectors.joining(", "));
    }

    private String statusText(AccountSummary a) {
        return getTranslation(a.status().labelKey()) + (a.mustChangePassword() && a.status() != AccountStatus.DISABLED
                && a.status() != AccountStatus.ONE_TIME_EXPIRED
                ? " · " + getTranslation("users.oneTimePending") : "");
    }

    /** The list as filtered, in CSV or Excel; the same scoped service as the grid. */
    private ExportButtons<AccountSummary> exportButtons() {
        return new ExportButtons<>(() -> TableExport.of(getTranslation("nav.users"), List.of(
                ExportColumn.<AccountSummary>text(getTranslation("account.field.username"), AccountSummary::username),
                ExportColumn.<AccountSummary>text(getTranslation("account.field.fullName"), AccountSummary::fullName),
                ExportColumn.<AccountSummary>text(getTranslation("account.field.email"), AccountSummary::email),
                ExportColumn.<AccountSummary>text(getTranslation("account.field.unit"), AccountSummary::unitName),
                ExportColumn.<AccountSummary>text(getTranslation("account.field.roles"), a -> a.roles().stream()
                        .map(r -> getTranslation(r.labelKey())).sorted().collect(Collectors.joining(", "))),
                ExportColumn.<AccountSummary>text(getTranslation("users.col.status"),
                        a -> getTranslation(a.status().labelKey())),
                ExportColumn.<AccountSummary>dateTime(getTranslation("users.col.lastSignIn"),
                        AccountSummary::lastLoginAt))), () -> {
            AccountFilter f = filter();
            return PagedRows.stream(500, (offset, limit) -> accounts.page(f, offset, limit));
        });
    }

    private void openEditor(long id) {
        accounts.find(id).ifPresent(a -> AccountDialog.forExisting(accounts, units, a, this::refresh).open());
    }

    private AccountFilter filter() {
        return new AccountFilter(search.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                role.getValue(), status.getValue());
    }

    /** The link to the list filtered by a state, as the administrator's home gives it. */
    public static String link(AccountStatus status) {
        return "users?" + STATUS + "=" + status.name();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            search.setValue(UrlParameters.first(q, TEXT).orElse(""));
            status.setValue(UrlParameters.first(q, STATUS)
                    .map(v -> UrlParameters.parseEnum(v, AccountStatus::valueOf, "url.bad-status")).orElse(null));
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
            status.clear();
        } finally {
            restoring = false;
        }
        refresh();
    }

    /** The search and the state go into the URL, so the list can be shared and reloaded as it is. */
    private void filtersChanged() {
        refresh();
        if (restoring) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            params.put(TEXT, search.getValue().strip());
        }
        if (status.getValue() != null) {
            params.put(STATUS, status.getValue().name());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("users", QueryParameters.simple(params))));
    }

    private void refresh() {
        AccountFilter f = filter();
        grid.setItems(q -> accounts.page(f, q.getOffset(), q.getLimit()).stream(), q -> accounts.count(f));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
