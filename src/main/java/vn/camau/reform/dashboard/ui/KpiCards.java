package vn.camau.reform.dashboard.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
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
 * <p>
 * Each card is one element on the server: its tooltip, role and click on the element, what it shows
 * (value, label, comparison, details and their links) written as its inner HTML by jsoup, which escapes
 * every text and attribute. A component per line made a card four to six state nodes kept by every UI
 * (issue 18: the heap per UI); the browser gets the same elements, classes and links as before. The
 * cards that open a list carry its name in {@code data-open}, and one click listener on the row (not
 * one per card, each a DOM listener every UI keeps) runs the card's action: the browser sends the
 * clicked card's name, and only a name of a card this row made does anything.
 */
class KpiCards extends Composite<FlexLayout> {

    /** What the browser sends of a click on the row: the name of the card clicked, if it opens a list. */
    static final String CLICKED_CARD = "event.target.closest('[data-open]')?.getAttribute('data-open')";

    /** Only a click on such a card goes to the server. */
    static final String ON_A_LINK_CARD = "event.target.closest('[data-open]') != null";

    private final Map<String, Runnable> opens = new HashMap<>();

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
        layout.getElement().addEventListener("click", e -> {
            var clicked = e.getEventData().get(CLICKED_CARD);
            Runnable open = clicked == null || !clicked.isString() ? null : opens.get(clicked.asString());
            if (open != null) {
                open.run();
            }
        }).addEventData(CLICKED_CARD).setFilter(ON_A_LINK_CARD);
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
        layout.add(rateCard(c, IndicatorKind.ON_TIME, null), rateCard(c, IndicatorKind.ON_TIME_STRICT, null),
                countCard("kpi.received", now.get(StatCounter.RECEIVED), () -> openCount.accept(StatCounter.RECEIVED)),
                countCard("kpi.resolved", now.get(StatCounter.RESOLVED), null), late, overdue, dueSoon, waiting,
                rateCard(c, IndicatorKind.ONLINE, null), rateCard(c, IndicatorKind.ONLINE_PAYMENT, null),
                rateCard(c, IndicatorKind.DIGITISATION, null), rateCard(c, IndicatorKind.SATISFACTION, null),
                apologyCard(c, secondMissLink));
        if (hotlineOverdueLink != null) {
            layout.add(hotlineCard(c, hotlineOverdueLink));
        }
    }

    /** "Đường dây nóng": the on-time answer rate, then received, overdue (red, to the queue) and founded. */
    private Div hotlineCard(IndicatorComparison c, String overdueLink) {
        HotlineFigures h = c.current().hotline();
        Div card = rateCard(c, IndicatorKind.HOTLINE_ON_TIME, details -> {
            detail(details, "kpi.hotline.received", h.received());
            if (h.overdue() > 0) {
                link(details, overdueLink, getTranslation("kpi.hotline.overdue", VnFormats.count(h.overdue())),
                        getTranslation("kpi.hotline.overdue.counts"), "kpi-hotline-overdue");
            } else {
                detail(details, "kpi.hotline.overdue", 0);
            }
            detail(details, "kpi.hotline.founded", h.founded());
        });
        card.addClassName("kpi-hotline");
        return card;
    }

    /** "Xin lỗi đúng hạn" with the counts a leader acts on: missing, late, unpublished, second misses. */
    private Div apologyCard(IndicatorComparison c, String secondMissLink) {
        ApologyCompliance a = c.current().apology();
        Div card = rateCard(c, IndicatorKind.APOLOGY, details -> {
            detail(details, "kpi.apology.missing", a.missing());
            detail(details, "kpi.apology.issued-late", a.issuedLate());
            detail(details, "kpi.apology.unpublished", a.unpublished());
            if (a.secondMiss() > 0) {
                // the worst case: red, and a link to the apologies whose new date was missed
                link(details, secondMissLink, getTranslation("kpi.apology.second-miss",
                        VnFormats.count(a.secondMiss())), getTranslation("kpi.apology.second-miss.title"),
                        "kpi-second-miss");
            } else {
                detail(details, "kpi.apology.second-miss", 0);
            }
        });
        card.addClassName("kpi-apology");
        return card;
    }

    private void detail(Element details, String key, long count) {
        details.appendElement("div").addClass("kpi-detail").appendElement("span")
                .text(getTranslation(key, VnFormats.count(count)));
    }

    /** A detail that opens a list in the application (the router follows it without reloading the page). */
    private static void link(Element details, String href, String text, String title, String className) {
        details.appendElement("a").attr("href", href).attr("router-link", "").attr("title", title)
                .addClass("kpi-detail").addClass(className).text(text);
    }

    /**
     * @param details what the card lists below its comparison (a {@code kpi-details} block), or null
     */
    private Div rateCard(IndicatorComparison c, IndicatorKind kind, Consumer<Element> details) {
        Ratio now = c.current().ratio(kind);
        // For a year the period before is the year earlier: say it once
        boolean same = java.util.Objects.equals(c.previousPeriod(), c.yearEarlierPeriod());
        Element inside = inside();
        line(inside, "kpi-value", IndicatorText.rate(now));
        line(inside, "kpi-label", getTranslation("indicator." + kind.key()));
        line(inside, "kpi-compare", comparison("kpi.vs-previous", now, c.previous().ratio(kind))
                + (same ? "" : "  " + comparison("kpi.vs-year-earlier", now, c.yearEarlier().ratio(kind))));
        if (details != null) {
            details.accept(inside.appendElement("div").addClass("kpi-details"));
        }
        Div card = card(inside);
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
        Element inside = inside();
        line(inside, "kpi-value", VnFormats.count(count));
        line(inside, "kpi-label", getTranslation(labelKey));
        Div card = card(inside);
        if (open != null) {
            card.addClassName("kpi-link");
            opens.put(labelKey, open);
            card.getElement().setAttribute("data-open", labelKey);
            card.getElement().setAttribute("role", "link");
            card.getElement().setAttribute("tabindex", "0");
        }
        return card;
    }

    /** The card's inside, written without added whitespace (its texts are the card's only text). */
    private static Element inside() {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document.appendElement("div");
    }

    private static void line(Element inside, String className, String text) {
        inside.appendElement("div").addClass(className).text(text);
    }

    /** One element for the browser: the inside's HTML (escaped by jsoup) as its content. */
    private static Div card(Element inside) {
        Div card = new Div();
        card.addClassName("kpi-card");
        card.getElement().setProperty("innerHTML", inside.html());
        return card;
    }
}
