package vn.camau.reform.base.ui;

import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.dashboard.ui.OverviewView;
import vn.camau.reform.evaluation.ui.OfficerPerformanceView;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.Permission;

/**
 * A unit's or a person's name as a link where the user may go (issue 18, "ways through"): a unit to
 * its figures on the overview, an officer to their performance; plain text for those who may not
 * open the page, so nobody is sent to "access denied". Who may go is read from the pages' own rules
 * (the overview's route roles, the performance service's scope readers), so the two cannot drift.
 * Here in the shell because the alerts (dossier) may not depend on the evaluation feature.
 */
public final class NameLinks {

    private NameLinks() {
    }

    /** Whether the user may open a unit's figures on the overview. */
    public static boolean opensUnitFigures(AppUser user) {
        RolesAllowed allowed = OverviewView.class.getAnnotation(RolesAllowed.class);
        return Arrays.stream(allowed.value()).anyMatch(role -> user.roles().stream().anyMatch(r -> r.name().equals(role)));
    }

    /** Whether the user may open the performance of any officer in their scope. */
    public static boolean opensOfficers(AppUser user) {
        return user.may(Permission.READ_OFFICERS_IN_SCOPE);
    }

    /** The unit's name; a link to its figures when {@code mayOpen} and the unit is known. */
    public static Component unit(Long unitId, String name, boolean mayOpen) {
        return link(unitHref(unitId, mayOpen), name, "unit-link");
    }

    /** Where the unit's name leads (its figures), or null when the user may not go or it is not known. */
    public static String unitHref(Long unitId, boolean mayOpen) {
        return mayOpen && unitId != null ? OverviewView.unitLink(unitId) : null;
    }

    /** The officer's name; a link to their performance (the page's default period) when allowed and known. */
    public static Component officer(Long officerId, String name, boolean mayOpen) {
        return link(officerHref(officerId, mayOpen), name, "officer-link");
    }

    /** Where the officer's name leads (their performance), or null when the user may not go or it is not known. */
    public static String officerHref(Long officerId, boolean mayOpen) {
        return mayOpen && officerId != null ? OfficerPerformanceView.path(officerId) : null;
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
