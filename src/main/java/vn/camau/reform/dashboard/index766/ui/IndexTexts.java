package vn.camau.reform.dashboard.index766.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import com.vaadin.flow.component.Component;

import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dashboard.index766.SubIndicatorScore;

/** How the 766 view writes its figures: points with two decimals ("51,40"), "—" where there is none. */
final class IndexTexts {

    static final String NONE = "—";

    private IndexTexts() {
    }

    static String points(BigDecimal points) {
        if (points == null) {
            return NONE;
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(VnFormats.VIETNAMESE))
                .format(points.setScale(2, RoundingMode.HALF_UP));
    }

    /** A change in percentage points of the share of the maximum ("+2,50"); the unit is in the label. */
    static String change(BigDecimal change) {
        return change == null ? NONE : VnFormats.signedPoints(change.doubleValue());
    }

    /**
     * "so với kỳ trước: +2,50 điểm %", and when the maximum that could be scored changed, from what to
     * what: the change compares shares of the maximum, so the reader knows why it is not the points'.
     */
    static String vsPrevious(Component c, BigDecimal change, BigDecimal max, BigDecimal previousMax) {
        String text = c.getTranslation("index766.view.vs-previous", change(change));
        if (previousMax != null && max.compareTo(previousMax) != 0) {
            text += " " + c.getTranslation("index766.view.max-changed", points(previousMax), points(max));
        }
        return text;
    }

    static String percent(Double ratio) {
        return ratio == null ? NONE : VnFormats.percent(ratio);
    }

    static String ratio(Ratio ratio) {
        return ratio == null || !ratio.hasData() ? NONE : VnFormats.percent(ratio.value());
    }

    static String count(Ratio ratio, boolean numerator) {
        if (ratio == null) {
            return NONE;
        }
        return VnFormats.count(numerator ? ratio.numerator() : ratio.denominator());
    }

    /** Why a sub-indicator has no score: not computable here, or nothing to count in the period. */
    /** Where the figure comes from; for one entered by hand, who entered it, when, and their note. */
    static String source(Component c, SubIndicatorScore s) {
        if (s.entered()) {
            return c.getTranslation("index766.source.entered-by", s.enteredBy(),
                    VnFormats.dateTime(s.entry().enteredAt()), s.note());
        }
        return c.getTranslation(s.source().labelKey());
    }

    static String whyNoScore(Component c, SubIndicatorScore s) {
        if (!s.computable()) {
            return c.getTranslation(s.rule().needsKey());
        }
        return s.scored() ? "" : c.getTranslation("index766.view.no-data");
    }

    /** "Năm 2025", "Quý 3/2025", "Tháng 7/2025". */
    static String period(Component c, Period p) {
        return switch (p.kind()) {
            case YEAR -> c.getTranslation("index766.view.period.year", String.valueOf(p.from().getYear()));
            case QUARTER -> c.getTranslation("index766.view.period.quarter", (p.from().getMonthValue() + 2) / 3,
                    String.valueOf(p.from().getYear()));
            case MONTH -> c.getTranslation("index766.view.period.month", p.from().getMonthValue(),
                    String.valueOf(p.from().getYear()));
            case CUSTOM -> VnFormats.date(p.from()) + " – " + VnFormats.date(p.to());
        };
    }
}
