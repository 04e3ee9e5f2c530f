package vn.camau.reform.dossier.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dossier.LateDossierAlert;
import vn.camau.reform.dossier.OpenTiming;

/**
 * A late-case alert as a phone card: code, timing and days late first, then the procedure, who holds
 * it and the due date, with the same two actions as the desk's row (urge; open or draft the apology).
 */
final class AlertCard {

    private AlertCard() {
    }

    static LitRenderer<LateDossierAlert> renderer(LateAlertsView view, boolean mayUrge, boolean mayApologise,
                                                  SerializableConsumer<LateDossierAlert> urge,
                                                  SerializableConsumer<LateDossierAlert> apology) {
        String urgeLabel = view.getTranslation("alert.urge");
        return LitRenderer.<LateDossierAlert>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.code}</span>
                            <span theme="badge ${item.tone}">${item.timing}</span>
                            <span class="phone-card-alarm">${item.late}</span></div>
                          <div>${item.procedure}</div>
                          <div class="phone-card-line">${item.holder}</div>
                          <div class="phone-card-line">${item.due}</div>
                          <div class="phone-card-head">
                            <vaadin-button theme="small tertiary ${item.apologyTone}" ?hidden=${!item.mayApologise}
                                @click=${apology}>${item.apology}</vaadin-button>
                            <span class="phone-card-line" ?hidden=${item.mayApologise}>${item.apology}</span>
                            <vaadin-button theme="small tertiary" ?hidden=${!item.mayUrge}
                                @click=${urge}>${item.urgeLabel}</vaadin-button>
                          </div>
                        </div>""")
                .withProperty("code", LateDossierAlert::code)
                .withProperty("timing", a -> view.getTranslation("open-timing." + a.timing()))
                .withProperty("tone", a -> a.timing() == OpenTiming.OVERDUE ? "error" : "warning")
                .withProperty("late", a -> a.workingDaysLate() > 0
                        ? view.getTranslation("dossier.late-days", a.workingDaysLate()) : "")
                .withProperty("procedure", LateDossierAlert::procedureName)
                .withProperty("holder", a -> join(a.handlingUnitName(), a.responsibleOfficerName()))
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

    private static String join(String a, String b) {
        if (b == null || b.isBlank()) {
            return a == null ? "" : a;
        }
        return (a == null ? "" : a + " · ") + b;
    }
}
