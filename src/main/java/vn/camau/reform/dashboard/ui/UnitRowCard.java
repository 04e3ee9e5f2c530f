package vn.camau.reform.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dashboard.IndicatorKind;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dashboard.UnitRow;

/**
 * A unit of the breakdown as a phone card: its name, the on-time rate, and the counts a chair acts
 * on (received, resolved late, overdue now). The desk keeps every column.
 */
final class UnitRowCard {

    private UnitRowCard() {
    }

    static LitRenderer<UnitRow> renderer(Component i18n, SerializableFunction<UnitRow, String> label) {
        return LitRenderer.<UnitRow>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.name}</span><span>${item.rate}</span></div>
                          <div class="phone-card-line">${item.counts}
                            <span class="phone-card-alarm">${item.alarm}</span></div>
                        </div>""")
                .withProperty("name", label::apply)
                .withProperty("rate", r -> rate(r.indicators()))
                .withProperty("counts", r -> i18n.getTranslation("phone.card.received",
                        VnFormats.count(r.indicators().get(StatCounter.RECEIVED))))
                .withProperty("alarm", r -> alarm(i18n, r.indicators()));
    }

    private static String rate(Indicators i) {
        Double v = i.ratio(IndicatorKind.ON_TIME).value();
        return v == null ? "" : VnFormats.percent(v);
    }

    private static String alarm(Component i18n, Indicators i) {
        long late = i.get(StatCounter.RESOLVED_LATE);
        long overdue = i.openOverdue();
        StringBuilder s = new StringBuilder();
        if (late > 0) {
            s.append(" · ").append(i18n.getTranslation("phone.card.late", VnFormats.count(late)));
        }
        if (overdue > 0) {
            s.append(" · ").append(i18n.getTranslation("phone.card.overdue", VnFormats.count(overdue)));
        }
        return s.toString();
    }
}
