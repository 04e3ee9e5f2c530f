package vn.camau.reform.dossier.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;

import vn.camau.reform.base.ui.ActionCells;
import vn.camau.reform.base.ui.NameCells;
import vn.camau.reform.base.ui.NameLinks;
import vn.camau.reform.dossier.risk.AtRiskDossier;

/**
 * The at-risk grid's cells beyond text, drawn in the browser from each row's values as the alerts' are
 * ({@link AlertCells}): the risk badge, the handling unit, who holds the dossier and the early apology.
 */
final class AtRiskCells {

    private AtRiskCells() {
    }

    static LitRenderer<AtRiskDossier> risk(AtRiskPanel panel) {
        return LitRenderer.<AtRiskDossier>of("<span theme=\"badge ${item.tone}\">${item.risk}</span>")
                .withProperty("risk", a -> panel.getTranslation("risk.percent", a.risk().percent()))
                .withProperty("tone", a -> a.risk().probability() >= 0.75 ? "error" : "warning");
    }

    /** The handling unit's name, a link to its figures for those who may open them. */
    static LitRenderer<AtRiskDossier> unit(AtRiskPanel panel, boolean opensUnits, boolean opensOfficers) {
        return NameCells.<AtRiskDossier>renderer(panel, NameCells.name("unit-link", "unit"),
                        (a, which) -> href(a, which, opensUnits, opensOfficers))
                .withProperty("unit", AtRiskDossier::handlingUnitName)
                .withProperty("unitHref", a -> NameLinks.unitHref(a.handlingUnitId(), opensUnits));
    }

    /** The step the dossier is in, with the unit (when not the handling one) and officer holding it. */
    static LitRenderer<AtRiskDossier> holder(AtRiskPanel panel, boolean opensUnits, boolean opensOfficers) {
        return NameCells.holders(panel, (a, which) -> href(a, which, opensUnits, opensOfficers), a -> a.risk().step(),
                a -> otherUnit(a) ? a.holderUnitName() : null, AtRiskDossier::holderOfficerName);
    }

    /** For a dossier without an apology, the way to draft one early for those who may; its state otherwise. */
    static LitRenderer<AtRiskDossier> apology(AtRiskPanel panel, boolean mayApologise,
                                              SerializableConsumer<AtRiskDossier> draft) {
        return ActionCells.buttonOrText(a -> mayDraft(a, mayApologise)
                        ? panel.getTranslation("risk.apology.early") : panel.apologyLabel(a),
                a -> "", a -> mayDraft(a, mayApologise), draft);
    }

    static boolean mayDraft(AtRiskDossier a, boolean mayApologise) {
        return mayApologise && a.apologyState() == null;
    }

    private static boolean otherUnit(AtRiskDossier a) {
        return a.holderUnitId() != null && a.holderUnitId() != a.handlingUnitId();
    }

    private static String href(AtRiskDossier a, String which, boolean opensUnits, boolean opensOfficers) {
        return switch (which) {
            case "unit" -> NameLinks.unitHref(a.handlingUnitId(), opensUnits);
            case "otherUnit" -> otherUnit(a) ? NameLinks.unitHref(a.holderUnitId(), opensUnits) : null;
            default -> NameLinks.officerHref(a.holderOfficerId(), opensOfficers);
        };
    }
}
