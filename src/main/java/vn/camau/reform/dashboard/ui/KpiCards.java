package vn.camau.reform.dashboard.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.apology.ApologyCompliance;
import vn.camau.reform.hotline.HotlineFigures;
import vn.camau.reform.dashboard.IndicatorComparison;
import vn.camau.reform.dashboard.IndicatorKind;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dossier.OpenTiming;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.dossier.StatCounter;

/**
 * The overview's headline figures. Rates show their change against the previous period and the
 * same period a year earlier, and explain their formula on hover; counts of late and overdue
 * dossiers open the matching list, those waiting for the applicant theirs (with the rule of the last
 * day and of the stopped clock on hover). The apology card adds what is behind its rate, a second miss in red;
 * the hotline card (for those who may see the hotline, and leaders) its reports, overdue ones in red.
 */
class KpiCards extends Composite<FlexLayout> {

    private Div waitingCard;

    /**
     * @param secondMissLink where a second miss leads: the apology register filtered to them (a plain
     *                       route with its query, the register being another feature's screen)
     * @param hotlineOverdueLink where overdue hotline reports lead (the queue's route), or null to leave
     *                       the hotline card out for a user who may not see the hotline
     */
    KpiCards(IndicatorComparison c, Consumer<StatCounter> openCount, Consumer<OpenTiming> openAlerts,
             String secondMissLink, String hotlineOverdueLink) {
        FlexLayout layout = getContent();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.addClassName("kpi-row");
        Indicators now = c.current();
        Div late = countCard("kpi.late", now.get(StatCounter.RESOLVED_LATE),
                () -> openCount.accept(StatCounter.RESOLVED_LATE));
        Div overdue = countCard("kpi.overdue", now.openOverdue(), () -> openAlerts.accept(OpenTiming.OVERDUE));
        // the rule of the last day and of the stopped clock, where the counts are read
        overdue.setTitle(getTranslation("kpi.overdue.title"));
        Div dueSoon = countCard("kpi.due-soon", now.openDueSoon(), () -> openAlerts.accept(OpenTiming.DUE_SOON));
        dueSoon.setTitle(getTranslation("kpi.due-soon.title"));
        Div waiting = countCard("kpi.waiting", now.openWaiting(), () -> openAlerts.accept(OpenTiming.WAITING));
        waitingCard = waiting;
        waiting.setTitle(getTranslation("kpi.waiting.title"));
        // Any late dossier is news in a province at 99.9% on time: make it stand out
        late.setClassName("kpi-alarm", now.get(StatCounter.RESOLVED_LATE) > 0);
        overdue.setClassName("kpi-alarm", now.openOverdue() > 0);
        layout.add(rateCard(c, IndicatorKind.ON_TIME), rateCard(c, IndicatorKind.ON_TIME_STRICT),
                countCard("kpi.received", now.get(StatCounter.RECEIVED), () -> openCount.accept(StatCounter.RECEIVED)),
                countCard("kpi.resolved", now.get(StatCounter.RESOLVED), null), late, overdue, dueSoon, waiting,
                rateCard(c, IndicatorKind.ONLINE), rateCard(c, IndicatorKind.ONLINE_PAYMENT),
                rateCard(c, IndicatorKind.DIGITISATION), rateCard(c, IndicatorKind.SATISFACTION),
                apologyCard(c, secondMissLink));
        if (hotlineOverdueLink != null) {
            layout.add(hotlineCard(c, hotlineOverdueLink));
        }
    }

    /** "Đường dây nóng": the on-time answer rate, then received, overdue (red, to the queue) and founded. */
    private Div hotlineCard(IndicatorComparison c, String overdueLink) {
        Div card = rateCard(c, IndicatorKind.HOTLINE_ON_TIME);
        card.addClassName("kpi-hotline");
        HotlineFigures h = c.current().hotline();
        Div details = new Div(detail("kpi.hotline.received", h.received()));
        details.addClassName("kpi-details");
        String overdue = getTranslation("kpi.hotline.overdue", VnFormats.count(h.overdue()));
        if (h.overdue() > 0) {
            Anchor link = new Anchor(overdueLink, overdue);
            link.getElement().setAttribute("router-link", "");
            link.setTitle(getTranslation("kpi.hotline.overdue.counts"));
            link.addClassNames("kpi-detail", "kpi-hotline-overdue");
            details.add(link);
        } else {
            details.add(detail("kpi.hotline.overdue", 0));
        }
        details.add(detail("kpi.hotline.founded", h.founded()));
        card.add(details);
        return card;
    }

    /** "Xin lỗi đúng hạn" with the counts a leader acts on: missing, late, unpublished, second misses. */
    private Div apologyCard(IndicatorComparison c, String secondMissLink) {
        Div card = rateCard(c, IndicatorKind.APOLOGY);
        card.addClassName("kpi-apology");
        ApologyCompliance a = c.current().apology();
        Div details = new Div(detail("kpi.apology.missing", a.missing()),
                detail("kpi.apology.issued-late", a.issuedLate()),
                detail("kpi.apology.unpublished", a.unpublished()));
        details.addClassName("kpi-details");
        String secondMiss = getTranslation("kpi.apology.second-miss", VnFormats.count(a.secondMiss()));
        if (a.secondMiss() > 0) {
            // the worst case: red, and a link to the apologies whose new date was missed
            Anchor link = new Anchor(secondMissLink, secondMiss);
            link.getElement().setAttribute("router-link", "");
            link.setTitle(getTranslation("kpi.apology.second-miss.title"));
            link.addClassNames("kpi-detail", "kpi-second-miss");
            details.add(link);
        } else {
            details.add(detail("kpi.apology.second-miss", 0));
        }
        card.add(details);
        return card;
    }

    private Div detail(String key, long count) {
        Div line = new Div(new Span(getTranslation(key, VnFormats.count(count))));
        line.addClassName("kpi-detail");
        return line;
    }

    private Div rateCard(IndicatorComparison c, IndicatorKind kind) {
        Ratio now = c.current().ratio(kind);
        Div value = new Div(IndicatorText.rate(now));
        value.addClassName("kpi-value");
        Div label = new Div(getTranslation("indicator." + kind.key()));
        label.addClassName("kpi-label");
        // For a year the period before is the year earlier: say it once
        boolean same = java.util.Objects.equals(c.previousPeriod(), c.yearEarlierPeriod());
        Div compare = new Div(comparison("kpi.vs-previous", now, c.previous().ratio(kind))
                + (same ? "" : "  " + comparison("kpi.vs-year-earlier", now, c.yearEarlier().ratio(kind))));
        compare.addClassName("kpi-compare");
        Div card = new Div(value, label, compare);
        card.addClassName("kpi-card");
        card.setTitle(IndicatorText.explain(this, kind, now) + "\n"
                + getTranslation("kpi.previous-was", IndicatorText.rate(c.previous().ratio(kind)))
                + "\n" + getTranslation("kpi.year-earlier-was", IndicatorText.rate(c.yearEarlier().ratio(kind))));
        return card;
    }

    private String comparison(String key, Ratio now, Ratio before) {
        String delta = IndicatorText.delta(now, before);
        return delta.isEmpty() ? "" : getTranslation(key, delta);
    }

    /**
     * The early warning's count (open, not yet overdue, at risk at or above the threshold), beside the
     * due-soon card; a click opens the alerts' at-risk tab.
     */
    KpiCards withAtRisk(int count, Runnable open) {
        Div card = countCard("kpi.at-risk", count, open);
        card.setTitle(getTranslation("kpi.at-risk.title"));
        card.setId("kpi-at-risk");
        FlexLayout layout = getContent();
        int waiting = layout.getChildren().toList().indexOf(waitingCard);
        layout.addComponentAtIndex(waiting < 0 ? layout.getComponentCount() : waiting + 1, card);
        return this;
    }

    private Div countCard(String labelKey, long count, Runnable open) {
        Div value = new Div(VnFormats.count(count));
        value.addClassName("kpi-value");
        Div label = new Div(getTranslation(labelKey));
        label.addClassName("kpi-label");
        Div card = new Div(value, label);
        card.addClassName("kpi-card");
        if (open != null) {
            card.addClassName("kpi-link");
            card.addClickListener(e -> open.run());
            card.getElement().setAttribute("role", "link");
            card.getElement().setAttribute("tabindex", "0");
        }
        return card;
    }
}
