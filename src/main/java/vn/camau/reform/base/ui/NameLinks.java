package vn.camau.reform.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;

/**
 * A unit's or a person's name as a link where the user may go (issue 18, "ways through"): a unit to
 * its figures on the overview, an officer to their performance; plain text for those who may not
 * open the page, so nobody is sent to "access denied". Whether the user may go is the caller's named
 * permission (READ_UNIT_FIGURES, READ_OFFICERS_IN_SCOPE); where the link goes is {@link Destinations}.
 */
public final class NameLinks {

    private NameLinks() {
    }

    /** The unit's name; a link to its figures when {@code mayOpen} and the unit is known. */
    public static Component unit(Long unitId, String name, boolean mayOpen) {
        return link(unitHref(unitId, mayOpen), name, "unit-link");
    }

    /** Where the unit's name leads (its figures), or null when the user may not go or it is not known. */
    public static String unitHref(Long unitId, boolean mayOpen) {
        return mayOpen && unitId != null ? Destinations.unitFigures(unitId) : null;
    }

    /** The officer's name; a link to their performance (the page's default period) when allowed and known. */
    public static Component officer(Long officerId, String name, boolean mayOpen) {
        return link(officerHref(officerId, mayOpen), name, "officer-link");
    }

    /** Where the officer's name leads (their performance), or null when the user may not go or it is not known. */
    public static String officerHref(Long officerId, boolean mayOpen) {
        return mayOpen && officerId != null ? Destinations.officerPerformance(officerId) : null;
    }

    private static Component link(String href, String name, String className) {
        String text = name == null ? "" : name;
        if (href == null || text.isEmpty()) {
            return new Span(text);
        }
        Anchor anchor = new Anchor(href, text);
        anchor.addClassName(className);
        keepOutOfRowClick(anchor, href);
        return anchor;
    }

    /**
     * True for a plain click or tap, the only kind a name link takes over: a click with a modifier key
     * (open in a new tab or window) is left to the browser.
     */
    public static final String PLAIN_CLICK = "!(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)";

    /**
     * A name inside a grid row: a tap on it must open the name's page, not also the row's. The grid opens
     * its row unless the click's default was prevented, and the router then follows no link; so a plain
     * click is prevented in the browser and navigated from the server instead.
     */
    private static void keepOutOfRowClick(Anchor anchor, String href) {
        anchor.getElement().executeJs("this.addEventListener('click', event => { if (" + PLAIN_CLICK
                + ") { event.preventDefault(); } })");
        anchor.getElement().addEventListener("click", e -> anchor.getUI().ifPresent(ui -> go(ui, href)))
                .setFilter(PLAIN_CLICK);
    }

    /** Navigates to a link's address, its query included (UI.navigate takes the query apart). */
    public static void go(UI ui, String href) {
        Location location = new Location(href);
        ui.navigate(location.getPath(), location.getQueryParameters());
    }
}
