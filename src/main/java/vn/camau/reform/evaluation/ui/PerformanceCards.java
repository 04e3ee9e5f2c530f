package vn.camau.reform.evaluation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.evaluation.OfficerEvidence;
import vn.camau.reform.evaluation.OfficerPerformance;
import vn.camau.reform.evaluation.OfficerStanding;

/**
 * The officer's headline figures, in the overview's card style: each rate explains its formula,
 * numerator and denominator on hover, each count what it counts; the rank says how it is decided.
 */
class PerformanceCards extends Composite<FlexLayout> {

    PerformanceCards(OfficerPerformance p) {
        FlexLayout layout = getContent();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.addClassName("kpi-row");
        OfficerEvidence e = p.standing().evidence();
        Div late = countCard("late", e.lateCaused());
        late.setClassName("kpi-alarm", e.lateCaused() > 0);
        Div hotline = countCard("hotline", e.hotlineReports());
        Div founded = new Div(getTranslation("officer-performance.card.hotline.founded",
                VnFormats.count(e.hotlineFounded())));
        founded.addClassName("kpi-details");
        hotline.add(founded);
        hotline.setClassName("kpi-alarm", e.hotlineFounded() > 0);
        layout.add(rankCard(p), rateCard("on-time", e.onTime()), countCard("resolved", e.resolved()), late,
                countCard("apologies", e.apologiesCaused()), hotline, rateCard("satisfaction", e.satisfaction()));
    }

    /** "Hạng 3/12 trong đơn vị", or "no data" when nothing they handled was resolved. */
    private Div rankCard(OfficerPerformance p) {
        OfficerStanding s = p.standing();
        String rank = s.noData() ? "—" : VnFormats.count(s.rank()) + "/" + VnFormats.count(p.rankedOf());
        Div card = card("rank", rank, s.noData() ? getTranslation("officer-performance.rank.no-data")
                : getTranslation("officer-performance.rank", VnFormats.count(s.rank()), VnFormats.count(p.rankedOf())));
        card.setTitle(getTranslation("officer-performance.rank.rule"));
        return card;
    }

    private Div rateCard(String key, Ratio ratio) {
        String value = ratio.hasData() ? VnFormats.percent(ratio.value()) : "—";
        Div card = card(key, value, ratio.hasData() ? null : getTranslation("indicator.no-data"));
        card.setTitle(explain(key, ratio));
        return card;
    }

    /** "Tỷ lệ đúng hạn = (trước hạn + đúng hạn) ÷ đã giải quyết: 40 ÷ 42". */
    private String explain(String key, Ratio ratio) {
        String base = getTranslation("officer-performance.card." + key) + " = "
                + getTranslation("officer-performance.card." + key + ".formula") + ": "
                + VnFormats.count(ratio.numerator()) + " ÷ " + VnFormats.count(ratio.denominator());
        return ratio.hasData() ? base : base + " (" + getTranslation("indicator.no-data") + ")";
    }

    private Div countCard(String key, long count) {
        Div card = card(key, VnFormats.count(count), null);
        card.setTitle(getTranslation("officer-performance.card." + key + ".formula"));
        return card;
    }

    private Div card(String key, String valueText, String detail) {
        Div value = new Div(valueText);
        value.addClassName("kpi-value");
        Div label = new Div(getTranslation("officer-performance.card." + key));
        label.addClassName("kpi-label");
        Div card = new Div(value, label);
        card.addClassNames("kpi-card", "kpi-" + key);
        if (detail != null) {
            Div details = new Div(detail);
            details.addClassName("kpi-details");
            card.add(details);
        }
        return card;
    }
}
