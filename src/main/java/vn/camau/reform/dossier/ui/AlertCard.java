package vn.camau.reform.dossier.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.NameCells;
import vn.camau.reform.base.ui.NameLinks;
import vn.camau.reform.dossier.LateDossierAlert;

/**
 * A late-case alert as a phone card: code, timing and days late first, then the procedure, who holds
 * it (the names as links where the user may go, as in the desk's grid) and the due date, with the same
 * two actions as the desk's row (urge; open or draft the apology).
 */
final class AlertCard {

    private AlertCard() {
    }

    static LitRenderer<LateDossierAlert> renderer(LateAlertsView view, boolean mayUrge, boolean mayApologise,
                                                  boolean opensUnits, boolean opensOfficers,
                                                  SerializableConsumer<LateDossierAlert> urge,
                                                  SerializableConsumer<LateDossierAlert> apology) {
        String urgeLabel = view.getTranslation("alert.urge");
        return NameCells.<LateDossierAlert>renderer(view, """
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.code}</span>
                            <span theme="badge ${item.tone}">${item.timing}</span>
                            <span class="phone-card-alarm">${item.late}</span></div>
                          <div>${item.procedure}</div>
                          <div class="phone-card-line">NAMES</div>
                          <div class="phone-card-line">${item.due}</div>
                          <div class="phone-card-head">
                            <vaadin-button theme="small tertiary ${item.apologyTone}" ?hidden=${!item.mayApologise}
                                @click=${apology}>${item.apology}</vaadin-button>
                            <span class="phone-card-line" ?hidden=${item.mayApologise}>${item.apology}</span>
                            <vaadin-button theme="small tertiary" ?hidden=${!item.mayUrge}
                                @click=${urge}>${item.urgeLabel}</vaadin-button>
                          </div>
                        </div>""".replace("NAMES", NameCells.name("unit-link", "unit")
                        + "<span ?hidden=${!item.otherUnit}> · </span>" + NameCells.name("unit-link", "otherUnit")
                        + "<span ?hidden=${!item.officer}> · </span>" + NameCells.name("officer-link", "officer")),
                        // a tap on a name opens the name's page, not also the card's dossier (see NameCells)
                        (a, which) -> AlertCells.href(a, which, opensUnits, opensOfficers))
                .withProperty("code", LateDossierAlert::code)
                .withProperty("timing", a -> view.getTranslation(a.timing().labelKey()))
                .withProperty("tone", AlertCells::tone)
                .withProperty("late", a -> a.workingDaysLate() > 0
                        ? view.getTranslation("dossier.late-days", a.workingDaysLate()) : "")
                .withProperty("procedure", LateDossierAlert::procedureName)
                // the names lead where the desk's grid leads them, by the same rules (NameLinks)
                .withProperty("unit", LateDossierAlert::handlingUnitName)
                .withProperty("unitHref", a -> NameLinks.unitHref(a.handlingUnitId(), opensUnits))
                .withProperty("otherUnit", a -> AlertCells.otherUnit(a) ? a.responsibleUnitName() : "")
                .withProperty("otherUnitHref", a -> AlertCells.otherUnit(a) ? NameLinks.unitHref(a.responsibleUnitId(), opensUnits)
                        : null)
                .withProperty("officer", a -> a.responsibleOfficerName() == null ? "" : a.responsibleOfficerName())
                .withProperty("officerHref", a -> a.responsibleOfficerName() == null ? null
                        : NameLinks.officerHref(a.responsibleOfficerId(), opensOfficers))
                .withProperty("due", a -> view.getTranslation("col.due") + ": " + VnFormats.date(a.dueDate())
                        + (a.reminders() == 0 ? "" : " · " + view.getTranslation("alert.reminded") + ": "
                        + a.reminders()))
                .withProperty("apology", a -> a.apologyState() == null && mayApologise
                        ? view.getTranslation("alert.apology.draft") : view.apologyLabel(a))
                .withProperty("apologyTone", a -> a.apologyState() == null ? "error" : "")
                .withProperty("mayApologise", a -> mayApologise)
                .withProperty("mayUrge", a -> mayUrge)
                .withProperty("urgeLabel", a -> urgeLabel)
                .withFunction("urge", urge)
                .withFunction("apology", apology);
    }
}
