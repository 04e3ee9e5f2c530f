package vn.camau.reform.dashboard.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dashboard.IndicatorKind;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.base.period.Ratio;

/**
 * Rates as text: "99,93%", or "—" with "no data" when the denominator is empty; every figure carries
 * its formula, numerator and denominator in a tooltip (title), as leaders ask "out of how many?".
 */
public final class IndicatorText {

    private IndicatorText() {
    }

    public static String rate(Ratio ratio) {
        Double v = ratio.value();
        return v == null ? "—" : VnFormats.percent(v);
    }

    /** "Đúng hạn = (sớm hạn + đúng hạn) ÷ đã giải quyết: 2 ÷ 3". */
    public static String explain(Component c, IndicatorKind kind, Ratio ratio) {
        return explainer(c, kind).explain(ratio);
    }

    /** The words of one kind's explanation, looked up once for every row that explains it. */
    private record Explainer(String formula, String noData) implements java.io.Serializable {

        String explain(Ratio ratio) {
            return formula + counts(ratio);
        }

        /** "2 ÷ 3", or "0 ÷ 0 (no data)": what differs from row to row. */
        String counts(Ratio ratio) {
            String base = VnFormats.count(ratio.numerator()) + " ÷ " + VnFormats.count(ratio.denominator());
            return ratio.hasData() ? base : base + " (" + noData + ")";
        }
    }

    private static Explainer explainer(Component c, IndicatorKind kind) {
        return new Explainer(c.getTranslation("indicator." + kind.key()) + " = "
                + c.getTranslation("indicator." + kind.key() + ".formula") + ": ",
                c.getTranslation("indicator.no-data"));
    }

    /** A rate with its explanation on hover. */
    public static Span rateSpan(Component c, Indicators indicators, IndicatorKind kind) {
        Ratio ratio = indicators.ratio(kind);
        Span span = new Span(rate(ratio));
        span.setTitle(explain(c, kind, ratio));
        return span;
    }

    /**
     * The same as a grid cell: text and tooltip go with the row's data, so a grid of 64 units keeps no
     * server-side component per cell (a {@link #rateSpan} per rate and row was a state node of the UI,
     * kept for as long as the rows were in the browser's cache).
     */
    public static <T> LitRenderer<T> rateRenderer(Component c, SerializableFunction<T, Indicators> figures,
                                                  IndicatorKind kind) {
        // the words are the same in every row: looked up when the column is made (the view's locale then,
        // as for its header), and written into the template, sent once per column. As a row's value they
        // were most of the overview's answer: 64 units × 7 rates × up to 400 characters of formula
        Explainer explainer = explainer(c, kind);
        return LitRenderer.<T>of("<span title=\"" + inTemplate(explainer.formula()) + "${item.counts}\">${item.rate}</span>")
                .withProperty("rate", t -> rate(figures.apply(t).ratio(kind)))
                .withProperty("counts", t -> explainer.counts(figures.apply(t).ratio(kind)));
    }

    /**
     * Text made safe inside a {@link LitRenderer}'s template: the browser puts the template between
     * backticks as a JavaScript template literal and parses it as HTML, so backticks, backslashes and
     * {@code $} are escaped for the one and {@code & < > "} for the other. For words of the bundle, not
     * for data: data goes in a property.
     */
    static String inTemplate(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '`', '\\', '$' -> out.append("&#").append((int) ch).append(';');
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** "+0,12 điểm" between two rates, or empty when either has no data. */
    public static String delta(Ratio now, Ratio before) {
        if (!now.hasData() || !before.hasData()) {
            return "";
        }
        double points = (now.value() - before.value()) * 100;
        return VnFormats.signedPoints(points);
    }

    static String lowerKey(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
