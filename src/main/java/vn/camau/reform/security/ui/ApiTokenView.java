package vn.camau.reform.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.security.ApiToken;
import vn.camau.reform.security.ApiTokenService;
import vn.camau.reform.security.Roles;
import vn.camau.reform.base.ui.DialogOpener;

/**
 * The tokens that other systems (the province's operations centre, one-stop systems) use on the
 * API: who they act as, for what, and whether they are still in use. A token's secret is shown once,
 * in the issuing dialog; revoking takes effect on the next request.
 */
@Route("api-tokens")
@Menu(title = "nav.api-tokens", order = 95, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class ApiTokenView extends VerticalLayout implements HasDynamicTitle {

    static final String ACTIONS = "actions";

    private final transient ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();

    ApiTokenView(ApiTokenService tokens) {
        this.tokens = tokens;
        setSizeFull();

        Button issue = new Button(getTranslation("apiToken.issue"), VaadinIcon.PLUS.create(),
                e -> new IssueApiTokenDialog(tokens, this::refresh).open());
        DialogOpener.mark(issue);
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(ApiToken::name).setHeader(getTranslation("apiToken.col.name")).setWidth("10rem").setFlexGrow(2);
        grid.addColumn(t -> t.username() + " – " + t.userFullName()).setHeader(getTranslation("apiToken.col.user"))
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.purpose().labelKey())).setHeader(getTranslation("apiToken.col.purpose"))
                .setAutoWidth(true);
        grid.addColumn(t -> VnFormats.dateTime(t.createdAt()) + " · " + t.createdBy())
                .setHeader(getTranslation("apiToken.col.created")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("apiToken.neverUsed")
                : VnFormats.dateTime(t.lastUsedAt())).setHeader(getTranslation("apiToken.col.lastUsed"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.isRevoked()
                        ? getTranslation("apiToken.status.revoked", VnFormats.dateTime(t.revokedAt()))
                        : getTranslation("apiToken.status.active"))
                .setHeader(getTranslation("apiToken.col.status")).setAutoWidth(true);
        // the revoke button stays in sight at 1440 px, however long the names: frozen to the grid's end
        grid.addComponentColumn(this::revokeButton).setKey(ACTIONS).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("apiToken.empty"));

        add(new Paragraph(getTranslation("apiToken.intro")), issue, grid);
        refresh();
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button(getTranslation("apiToken.revoke"), VaadinIcon.BAN.create(),
                e -> confirmRevoke(token));
        DialogOpener.mark(revoke);
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        revoke.setVisible(!token.isRevoked());
        return revoke;
    }

    private void confirmRevoke(ApiToken token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("apiToken.revoke.title"));
        confirm.setText(getTranslation("apiToken.revoke.text", token.name(), token.username()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("apiToken.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                tokens.revoke(token.id());
                Notifications.success(getTranslation("apiToken.revoked", token.name()));
            } catch (BusinessRuleException ex) {
                Notifications.warning(getTranslation(ex.messageKey(), ex.args()));
            }
            refresh();
        });
        confirm.open();
    }

    private void refresh() {
        // a handful of tokens per installation: the whole list fits in one fetch
        grid.setItems(tokens.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.api-tokens");
    }
}
