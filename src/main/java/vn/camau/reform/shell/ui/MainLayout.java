package vn.camau.reform.shell.ui;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.internal.UrlUtil;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.UserAccountService;
import vn.camau.reform.base.ui.AppI18NProvider;
import vn.camau.reform.base.ui.AppServiceInitListener;
import vn.camau.reform.base.ui.MenuEntryFilter;
import vn.camau.reform.base.ui.NavigationBadge;

/**
 * The shell of every screen: side navigation built from the routes' {@code @Menu} metadata (Vaadin
 * lists only the routes the user's role may open), the page title, and who is signed in, for which
 * unit and in which role.
 */
@Layout
@AnonymousAllowed
// The menu's items and icons are plain elements written as HTML: their web components stay in the bundle
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 title = new H1();
    private final transient CurrentUser currentUser;
    private final transient AuthenticationContext authentication;
    private final transient UserAccountService accounts;
    private final transient MenuBadges badges;
    private final transient List<MenuEntryFilter> filters;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, UserAccountService accounts,
               MenuBadges badges, List<MenuEntryFilter> filters) {
        this.filters = filters;
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.accounts = accounts;
        this.badges = badges;
        currentUser.get().ifPresent(this::applyPreferredLocale);
        title.addClassName("app-title");
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title, userArea());
        H1 product = new H1(getTranslation("app.name"));
        product.addClassName("app-drawer-title");
        addToDrawer(product, navigation());
    }

    /** The user's saved language applies from the first screen after login. */
    private void applyPreferredLocale(AppUser user) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(AppServiceInitListener.LOCALE_ATTRIBUTE) == null) {
            Locale locale = AppI18NProvider.forLanguage(user.locale());
            session.setAttribute(AppServiceInitListener.LOCALE_ATTRIBUTE, locale);
            UI.getCurrent().setLocale(locale);
        }
    }

    /**
     * The side navigation as one element: its items are the inner HTML of the {@code vaadin-side-nav}
     * (written by jsoup, so every label, path and tooltip is escaped), not a {@code SideNavItem} each. A
     * {@code SideNavItem} is a state node with its label's text node, its icon's node and an
     * {@code expanded-changed} listener, kept for the UI's life for items that never expand (they have no
     * children); the browser gets the same {@code vaadin-side-nav-item} elements, which mark the current
     * route themselves from the location, and links that the router follows.
     */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        // The web component's own words are English ("Toggle child items")
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("nav.toggle-children")));
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        org.jsoup.nodes.Element items = document.appendElement("div");
        Map<String, MenuEntry> entries = new LinkedHashMap<>();
        for (MenuEntry entry : MenuEntriesByRoles.current()) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            if (filters.stream().noneMatch(f -> f.hides(path))) {
                entries.put(path, entry);
            }
        }
        Map<String, NavigationBadge.Badge> shown = badges.of(entries.keySet());
        for (Map.Entry<String, MenuEntry> e : entries.entrySet()) {
            String path = e.getKey();
            MenuEntry entry = e.getValue();
            // the path as SideNavItem writes it: without the leading slash, URI-encoded
            org.jsoup.nodes.Element item = items.appendElement("vaadin-side-nav-item")
                    .attr("path", UrlUtil.encodeURI(path));
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
            }
            item.appendText(getTranslation(entry.title()));
            NavigationBadge.Badge b = shown.get(path);
            if (b != null) {
                item.appendElement("span").attr("slot", "suffix")
                        .attr("theme", "badge pill small" + (b.alarm() ? " error" : ""))
                        .attr("title", b.tooltip()).attr("aria-label", b.tooltip())
                        .text(b.text());
            }
        }
        nav.getElement().setProperty("innerHTML", items.html());
        return nav;
    }

    private Component userArea() {
        HorizontalLayout area = new HorizontalLayout();
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        area.getStyle().set("margin-inline-start", "auto").set("padding-inline-end", "var(--lumo-space-m)");
        currentUser.get().ifPresent(user -> {
            Div who = new Div(new Span(user.fullName()),
                    small(user.unitName() + " · " + user.roles().stream()
                            .map(r -> getTranslation(r.labelKey())).sorted().collect(Collectors.joining(", "))));
            who.addClassName("app-header-user");
            MenuBar menu = new MenuBar();
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
            Avatar avatar = new Avatar(user.fullName());
            avatar.setAbbreviation(initials(user.fullName()));
            SubMenu sub = menu.addItem(avatar).getSubMenu();
            sub.addItem(getTranslation("menu.account"), e -> UI.getCurrent().navigate("account"));
            // the other language, named in itself: one click, and no sub-menu kept in every UI for it
            boolean english = "en".equals(getLocale().getLanguage());
            sub.addItem(english ? "Tiếng Việt" : "English", e -> switchLanguage(english ? "vi" : "en"));
            sub.addItem(getTranslation("menu.logout"), e -> authentication.logout());
            area.add(who, menu);
        });
        return area;
    }

    /**
     * Two letters for the avatar: the family name's and the given name's ("Võ Thị Một Cửa" → "VC"). The
     * avatar's own rule takes a letter of every word, and "VTMC" ran out of its circle.
     */
    static String initials(String fullName) {
        String[] words = fullName == null ? new String[0] : fullName.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        String first = words[0].substring(0, words[0].offsetByCodePoints(0, 1));
        String last = words.length == 1 ? ""
                : words[words.length - 1].substring(0, words[words.length - 1].offsetByCodePoints(0, 1));
        return (first + last).toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }

    private static Component small(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return span;
    }

    private void switchLanguage(String language) {
        accounts.changeLocale(language);
        Locale locale = AppI18NProvider.forLanguage(language);
        VaadinSession.getCurrent().setAttribute(AppServiceInitListener.LOCALE_ATTRIBUTE, locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        title.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
