package vn.camau.reform.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

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
        return anchor;
    }
}
