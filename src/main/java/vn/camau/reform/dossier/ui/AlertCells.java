package vn.camau.reform.dossier.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;

import vn.camau.reform.base.ui.ActionCells;
import vn.camau.reform.base.ui.DialogOpener;
import vn.camau.reform.base.ui.NameCells;
import vn.camau.reform.base.ui.NameLinks;
import vn.camau.reform.dossier.LateDossierAlert;
import vn.camau.reform.dossier.OpenTiming;

/**
 * The desk grid's cells that are more than text: the timing badge, the names as links, the apology and
 * the urge button. Drawn in the browser from each row's values (templates), as the phone's
 * {@link AlertCard} is: as server components they were some fifteen components per row, and opening the
 * alerts sent about 200 KB of changes and a script per link for the browser to apply, 100–150 ms of the
 * alerts' time on screen (README, "Benchmark: the screens", eighth session). The names follow the same
 * rules (NameLinks, NameCells).
 */
final class AlertCells {

    private AlertCells() {
    }

    static LitRenderer<LateDossierAlert> timing(LateAlertsView view) {
        return LitRenderer.<LateDossierAlert>of("<span theme=\"badge ${item.tone}\">${item.timing}</span>")
                .withProperty("timing", a -> view.getTranslation(a.timing().labelKey()))
                .withProperty("tone", AlertCells::tone);
    }

    static String tone(LateDossierAlert a) {
        return a.timing() == OpenTiming.OVERDUE ? "error" : "warning";
    }

    /** The handling unit's name, a link to its figures for those who may open them. */
    static LitRenderer<LateDossierAlert> unit(LateAlertsView view, boolean opensUnits, boolean opensOfficers) {
        return links(view, NameCells.name("unit-link", "unit"), opensUnits, opensOfficers)
                .withProperty("unit", LateDossierAlert::handlingUnitName)
                .withProperty("unitHref", a -> NameLinks.unitHref(a.handlingUnitId(), opensUnits));
    }

    /** The step, and the unit (when not the handling one) and officer who hold it, as links where allowed. */
    static LitRenderer<LateDossierAlert> responsible(LateAlertsView view, boolean opensUnits, boolean opensOfficers) {
        return NameCells.holders(view, (a, which) -> href(a, which, opensUnits, opensOfficers),
                LateDossierAlert::responsibleStep, a -> otherUnit(a) ? a.responsibleUnitName() : null,
                LateDossierAlert::responsibleOfficerName);
    }

    /**
     * The apology's state, opening it; or, for a dossier without one, the way to draft it (red) for those
     * who may; plain text for those who may not.
     */
    static LitRenderer<LateDossierAlert> apology(LateAlertsView view, boolean mayApologise,
                                                  SerializableConsumer<LateDossierAlert> open) {
        return ActionCells.buttonOrText(a -> a.apologyState() == null && mayApologise
                        ? view.getTranslation("alert.apology.draft") : view.apologyLabel(a),
                a -> a.apologyState() == null ? "error" : "", a -> a.apologyState() != null || mayApologise, open);
    }

    static LitRenderer<LateDossierAlert> urge(LateAlertsView view, SerializableConsumer<LateDossierAlert> urge) {
        return LitRenderer.<LateDossierAlert>of("<vaadin-button theme=\"small tertiary\" " + DialogOpener.ATTRIBUTE
                        + "=\"" + DialogOpener.VALUE + "\" @click=${urge}><vaadin-icon icon=\"vaadin:bell\""
                        + " slot=\"prefix\"></vaadin-icon>${item.urgeLabel}</vaadin-button>")
                .withProperty("urgeLabel", a -> view.getTranslation("alert.urge"))
                .withFunction("urge", urge);
    }

    private static LitRenderer<LateDossierAlert> links(LateAlertsView view, String template, boolean opensUnits,
                                                       boolean opensOfficers) {
        return NameCells.renderer(view, template, (a, which) -> href(a, which, opensUnits, opensOfficers));
    }

    /** Where the name the user clicked leads ({@code unit}, {@code otherUnit} or {@code officer}), if anywhere. */
    static String href(LateDossierAlert a, String which, boolean opensUnits, boolean opensOfficers) {
        return switch (which) {
            case "unit" -> NameLinks.unitHref(a.handlingUnitId(), opensUnits);
            case "otherUnit" -> NameLinks.unitHref(a.responsibleUnitId(), opensUnits);
            default -> NameLinks.officerHref(a.responsibleOfficerId(), opensOfficers);
        };
    }

    /** The step is held in a unit other than the handling one. */
    static boolean otherUnit(LateDossierAlert a) {
        return a.responsibleUnitId() != null && a.responsibleUnitId() != a.handlingUnitId();
    }
}
