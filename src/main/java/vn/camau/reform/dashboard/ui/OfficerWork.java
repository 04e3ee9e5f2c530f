package vn.camau.reform.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

import vn.camau.reform.apology.Apology;
import vn.camau.reform.apology.ApologyService;
import vn.camau.reform.apology.ApologyState;
import vn.camau.reform.apology.ApologyFilter;
import vn.camau.reform.apology.ui.ApologyNavigation;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dossier.AlertFilter;
import vn.camau.reform.dossier.AlertSort;
import vn.camau.reform.dossier.DossierService;
import vn.camau.reform.dossier.LateDossierAlert;
import vn.camau.reform.dossier.OpenTiming;
import vn.camau.reform.dossier.ui.DossierNavigation;
import vn.camau.reform.dossier.ui.LateAlertsView;

/**
 * The desk officer's work, first thing after login: the unit's overdue and due-soon dossiers (most
 * late first, each a link), and the apologies to send: late dossiers without one (a link to draft
 * it), drafts sent back, and signed letters not yet sent.
 */
class OfficerWork extends Composite<Div> {

    /** Enough to act on at a glance; the rest is one click away in the full list. */
    static final int SHOWN = 8;

    OfficerWork(DossierService dossiers, ApologyService apologies) {
        Div root = getContent();
        root.addClassName("home-work");
        root.add(lateDossiers(dossiers), apologiesToSend(dossiers, apologies));
    }

    private Component lateDossiers(DossierService dossiers) {
        Div box = new Div(new H3(getTranslation("home.work.late")));
        box.setId("home-late");
        AlertFilter all = AlertFilter.all();
        int total = dossiers.countAlerts(all);
        List<LateDossierAlert> first = dossiers.alerts(all, AlertSort.MOST_LATE_FIRST, 0, SHOWN);
        if (first.isEmpty()) {
            box.add(new Paragraph(getTranslation("home.work.late.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (LateDossierAlert a : first) {
            Span badge = new Span(getTranslation(a.timing().labelKey()));
            badge.getElement().getThemeList().add("badge small " + (a.timing() == OpenTiming.OVERDUE ? "error" : "warning"));
            String late = a.workingDaysLate() > 0 ? " · " + getTranslation("dossier.late-days", a.workingDaysLate())
                    : " · " + getTranslation("col.due") + " " + VnFormats.date(a.dueDate());
            list.add(new ListItem(new Anchor(DossierNavigation.dossier(a.code()), a.code()), new Span(" "), badge,
                    new Span(late + " – " + a.procedureName())));
        }
        box.add(list, new RouterLink(getTranslation("home.work.late.all", VnFormats.count(total)),
                LateAlertsView.class));
        return box;
    }

    private Component apologiesToSend(DossierService dossiers, ApologyService apologies) {
        Div box = new Div(new H3(getTranslation("home.work.apologies")));
        box.setId("home-apologies");
        UnorderedList list = new UnorderedList();
        // late dossiers with no apology yet: the duty falls on the desk first
        AlertFilter overdue = new AlertFilter(null, null, null, null, null, OpenTiming.OVERDUE);
        dossiers.alerts(overdue, AlertSort.MOST_LATE_FIRST, 0, SHOWN).stream()
                .filter(a -> a.apologyState() == null)
                .forEach(a -> list.add(new ListItem(new Anchor(ApologyNavigation.DRAFT + "?dossier=" + a.code(),
                        getTranslation("home.work.apologies.draft", a.code())))));
        for (ApologyState state : List.of(ApologyState.RETURNED, ApologyState.APPROVED)) {
            ApologyFilter f = new ApologyFilter(null, null, null, state, null, null, false);
            for (Apology a : apologies.find(f, 0, SHOWN)) {
                list.add(new ListItem(new Anchor(ApologyNavigation.apology(a.id()),
                        getTranslation("home.work.apologies." + state, a.dossier().code()))));
            }
        }
        if (list.getChildren().findAny().isEmpty()) {
            box.add(new Paragraph(getTranslation("home.work.apologies.none")));
        } else {
            box.add(list);
        }
        return box;
    }
}
