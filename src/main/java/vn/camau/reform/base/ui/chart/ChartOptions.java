package vn.camau.reform.base.ui.chart;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * ECharts options for the few chart kinds the dashboard draws, as Jackson trees for
 * {@link EChart#setOption(ObjectNode)}. Views may still adjust the returned tree (colours, a
 * mark line for the target) before handing it over. Jackson rather than echarts-java: Jackson
 * is already on the classpath, and echarts-java drags in Gson, Handlebars and slf4j-simple.
 */
public final class ChartOptions {

    /** Above this many data points animation only delays the reading and costs the CPU. */
    static final int ANIMATION_LIMIT = 100;
    /** The entry animation: one frame at most (ECharts' default is 1,000 ms). */
    static final int ENTRY_ANIMATION_MS = 1;

    /**
     * How the browser formats values (tooltips, value axes, value labels). JSON cannot carry
     * formatter functions, so {@code <echarts-chart>} reads this name and supplies them.
     */
    public enum ValueFormat {
        /** A ratio (0.9993) as a vi-VN percentage with two decimals: "99,93%". */
        PERCENT,
        /** A number with vi-VN grouping: "1.234". */
        COUNT;

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A named row of values, one per category; null values leave a gap. */
    public record Series(String name, List<? extends Number> values) {
        public Series {
            Objects.requireNonNull(values, "values");
        }
    }

    /** A pie slice; the id (optional) comes back in {@link ChartClickEvent#getDataId()}. */
    public record Slice(String name, Number value, Object id) {
        public Slice(String name, Number value) {
            this(name, value, null);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ChartOptions() {
    }

    /** A trend over categories (e.g. months), one line per series; counts by default. */
    public static ObjectNode line(String title, List<String> categories, List<Series> series) {
        return line(title, categories, series, ValueFormat.COUNT);
    }

    public static ObjectNode line(String title, List<String> categories, List<Series> series, ValueFormat format) {
        ObjectNode option = cartesian(title, series.size() > 1, format, "line");
        // The first month's label is centred on the value axis, under that axis's lowest label: a little
        // further down (ECharts' 8 px left the two touching, seen in the browser test's label check)
        categoryAxis(option.putObject("xAxis"), categories).put("boundaryGap", false)
                .putObject("axisLabel").put("margin", 13);
        // the last category's label is centred on the plot's right end: half of it needs room there
        // ("Năm 2026" was cut at the chart's edge)
        int lastLabel = categories.isEmpty() ? 0 : categories.getLast().length();
        ((ObjectNode) option.get("grid")).put("right", Math.max(24, (int) Math.ceil(lastLabel * TEXT_WIDTH / 2) + 8));
        // A trend of rates around 99% is a flat line on an axis from zero; a line (unlike a bar)
        // may start where the data does, so the month-to-month change stays visible
        ObjectNode yAxis = option.putObject("yAxis").put("type", "value").put("scale", true);
        if (format == ValueFormat.PERCENT) {
            // Fitted to the data, ticks on round steps that end at the top: with ECharts' own ticks
            // under a fixed max of 100%, "99,50%" and "100,00%" were drawn on top of each other
            fitRateAxis(yAxis, series.stream().flatMap(s -> s.values().stream()).toList());
        } else {
            countAxis(yAxis);
        }
        yAxis.putObject("axisLabel").put("hideOverlap", true);
        int points = 0;
        ArrayNode out = option.putArray("series");
        for (Series s : series) {
            checkSize(categories, s.values(), s.name());
            ObjectNode line = out.addObject().put("type", "line").put("name", s.name());
            // Markers help on a year of months; on hundreds of points they only clutter
            line.put("showSymbol", s.values().size() <= 36);
            ArrayNode data = line.putArray("data");
            s.values().forEach(v -> data.add(number(v)));
            points += s.values().size();
        }
        return legendRoomOnAPhone(limitAnimation(option, points));
    }

    /**
     * A ranking, one bar per item, first item on top: pass the worst first. Each bar carries its
     * id (e.g. the unit id), so a click leads to that item; ids may be null or a shorter list.
     */
    public static ObjectNode horizontalBar(String title, List<String> categories, List<? extends Number> values,
            List<?> ids) {
        return horizontalBar(title, categories, values, ids, ValueFormat.COUNT);
    }

    public static ObjectNode horizontalBar(String title, List<String> categories, List<? extends Number> values,
            List<?> ids, ValueFormat format) {
        return horizontalBar(title, categories, values, ids, format, null);
    }

    /**
     * A ranking whose bars print their value at their end, so the worst unit's figure is read
     * without hovering. {@code labels} (optional, one per bar) replaces the printed value with a
     * text formatted on the server, e.g. "8,7‰ · 99,13%".
     */
    public static ObjectNode horizontalBar(String title, List<String> categories, List<? extends Number> values,
            List<?> ids, ValueFormat format, List<String> labels) {
        checkSize(categories, values, title);
        ObjectNode option = cartesian(title, false, format, "bar");
        ObjectNode xAxis = option.putObject("xAxis").put("type", "value");
        if (format == ValueFormat.COUNT) {
            countAxis(xAxis);
        }
        // ECharts draws the first category at the bottom; inverse puts it on top, where a ranking starts
        categoryAxis(option.putObject("yAxis"), categories).put("inverse", true);
        wrapCategoryLabels(option);
        // room at the right for the printed values: the longest of them, at TEXT_WIDTH a character (a label
        // such as "20‰ · 98,00% đúng hạn" was cut at the chart's edge with a fixed 72 px)
        int longest = labels == null ? 0 : labels.stream().filter(java.util.Objects::nonNull)
                .mapToInt(String::length).max().orElse(0);
        ((ObjectNode) option.get("grid")).put("right", Math.max(72, (int) Math.ceil(longest * TEXT_WIDTH) + 12));
        // on a phone the names give up some width to the bars and their values
        child(child(onAPhone(option), "yAxis"), "axisLabel").put("width", 110);
        ObjectNode bar = option.putArray("series").addObject().put("type", "bar").put("name", title)
                .put("barMaxWidth", 24);
        bar.putObject("label").put("show", true).put("position", "right");
        ArrayNode data = bar.putArray("data");
        for (int i = 0; i < values.size(); i++) {
            ObjectNode item = data.addObject().set("value", number(values.get(i)));
            if (ids != null && i < ids.size() && ids.get(i) != null) {
                item.set("id", id(ids.get(i)));
            }
            if (labels != null && i < labels.size() && labels.get(i) != null) {
                item.putObject("label").put("formatter", template(labels.get(i)));
            }
        }
        return limitAnimation(option, values.size());
    }

    /**
     * Groups of bars laid sideways, one category a row: long names (fields such as "Tài nguyên và
     * Môi trường") wrap at the left instead of colliding under vertical bars. First category on top.
     */
    public static ObjectNode horizontalBars(String title, List<String> categories, List<Series> series) {
        ObjectNode option = cartesian(title, series.size() > 1, ValueFormat.COUNT, "bar");
        countAxis(option.putObject("xAxis").put("type", "value"));
        categoryAxis(option.putObject("yAxis"), categories).put("inverse", true);
        wrapCategoryLabels(option);
        ((ObjectNode) option.get("grid")).put("right", 48);
        int points = 0;
        ArrayNode out = option.putArray("series");
        for (Series s : series) {
            checkSize(categories, s.values(), s.name());
            ObjectNode bar = out.addObject().put("type", "bar").put("name", s.name()).put("barMaxWidth", 16);
            bar.putObject("label").put("show", true).put("position", "right");
            ArrayNode data = bar.putArray("data");
            s.values().forEach(v -> data.add(number(v)));
            points += s.values().size();
        }
        return legendRoomOnAPhone(limitAnimation(option, points));
    }

    /** Vertical bars over categories (e.g. fields), one bar per series in each group; counts by default. */
    public static ObjectNode bar(String title, List<String> categories, List<Series> series) {
        return bar(title, categories, series, ValueFormat.COUNT);
    }

    public static ObjectNode bar(String title, List<String> categories, List<Series> series, ValueFormat format) {
        ObjectNode option = cartesian(title, series.size() > 1, format, "bar");
        ObjectNode xAxis = categoryAxis(option.putObject("xAxis"), categories);
        // Every field name shown, wrapped rather than skipped: a bar without its name means nothing
        xAxis.putObject("axisLabel").put("interval", 0).put("width", 90).put("overflow", "break").put("rotate", 0);
        // on a phone twelve months' names side by side ran into each other: they slant there
        child(child(onAPhone(option), "xAxis"), "axisLabel").put("rotate", 40);
        ObjectNode yAxis = option.putObject("yAxis").put("type", "value");
        if (format == ValueFormat.COUNT) {
            countAxis(yAxis);
        }
        int points = 0;
        ArrayNode out = option.putArray("series");
        for (Series s : series) {
            checkSize(categories, s.values(), s.name());
            ArrayNode data = out.addObject().put("type", "bar").put("name", s.name()).putArray("data");
            s.values().forEach(v -> data.add(number(v)));
            points += s.values().size();
        }
        return legendRoomOnAPhone(limitAnimation(option, points));
    }

    /** Shares of a whole (e.g. the channel mix); counts by default. */
    public static ObjectNode pie(String title, List<Slice> slices) {
        return pie(title, slices, ValueFormat.COUNT);
    }

    public static ObjectNode pie(String title, List<Slice> slices, ValueFormat format) {
        ObjectNode option = base(title, format);
        option.putObject("tooltip").put("trigger", "item").put("confine", true);
        legend(option);
        ObjectNode pie = option.putArray("series").addObject().put("type", "pie").put("name", title);
        // The pie and its outside labels in the band between the title and the legend: centred in the whole
        // box, a thin slice at the top put its label on the title on a phone
        pie.put("top", title == null || title.isBlank() ? 8 : 36).put("bottom", 28);
        if (wrapsOnAPhone(title)) {
            onAPhone(option).putArray("series").addObject().put("top", 56);
        }
        pie.putArray("radius").add("36%").add("62%");
        ArrayNode data = pie.putArray("data");
        for (Slice s : slices) {
            ObjectNode item = data.addObject().put("name", s.name()).set("value", number(s.value()));
            if (s.id() != null) {
                item.set("id", id(s.id()));
            }
        }
        return limitAnimation(option, slices.size());
    }

    /** Puts the value format on any option, e.g. one a view built by hand. */
    public static ObjectNode withValueFormat(ObjectNode option, ValueFormat format) {
        if (format == null) {
            option.remove("valueFormat");
        } else {
            option.put("valueFormat", format.json());
        }
        return option;
    }

    /**
     * Says in the chart why it is empty ("Không có hồ sơ trễ hạn trong kỳ") instead of leaving bare
     * axes: the axes are hidden and the message stands in the middle.
     */
    public static ObjectNode withEmptyMessage(ObjectNode option, String message) {
        for (String axis : List.of("xAxis", "yAxis")) {
            if (option.get(axis) instanceof ObjectNode a) {
                a.put("show", false);
            }
        }
        option.remove("legend");
        // nor the phone's legend (its media query would bring one back); its wrapped title stays
        for (JsonNode media : option.path("media")) {
            if (media.get("option") instanceof ObjectNode phone) {
                phone.remove("legend");
            }
        }
        option.putArray("graphic").addObject().put("type", "text").put("left", "center").put("top", "middle")
                .put("silent", true)
                .putObject("style").put("text", message).put("fontSize", 14).put("fill", "#6b7280")
                // wrapped within a phone's chart (a long message ran past both edges there), each line centred:
                // ECharts 6's graphic text takes "textAlign" here (its "align" left the lines flush left)
                .put("width", EMPTY_MESSAGE_WIDTH).put("overflow", "break").put("lineHeight", 20)
                .put("textAlign", "center");
        return option;
    }

    /**
     * A line under the title saying where an axis that does not start at zero starts ("Trục dọc
     * bắt đầu từ 98,00%"): the break in the axis is marked in words, so nobody reads a fitted axis
     * as a drop to nothing.
     */
    public static ObjectNode withAxisNote(ObjectNode option, String note) {
        ObjectNode title = option.get("title") instanceof ObjectNode t ? t : option.putObject("title").put("left", "center");
        title.put("subtext", note);
        title.putObject("subtextStyle").put("fontSize", 12).put("color", "#b45309");
        if (option.get("grid") instanceof ObjectNode grid) {
            grid.put("top", 60);
        }
        return option;
    }

    /** The empty message, if the chart has one. */
    public static java.util.Optional<String> emptyMessage(JsonNode option) {
        JsonNode text = option.path("graphic").path(0).path("style").path("text");
        return text.isString() ? java.util.Optional.of(text.asString()) : java.util.Optional.empty();
    }

    /** Rates: steps that give at most about six ticks, fine enough for 99,1% against 99,9%. */
    private static final double[] RATE_STEPS = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.25};

    /**
     * Fits a rate axis to the values: min and max on whole steps, max never above 100%, so every
     * tick is a round figure and no two labels print the same text or overlap.
     */
    static void fitRateAxis(ObjectNode axis, List<? extends Number> values) {
        double lo = 1;
        double hi = 0;
        for (Number v : values) {
            if (v != null) {
                lo = Math.min(lo, v.doubleValue());
                hi = Math.max(hi, v.doubleValue());
            }
        }
        if (hi < lo) {
            // no data: a plain 0–100% axis
            lo = 0;
            hi = 1;
        }
        double span = Math.max(hi - lo, 0.001);
        double step = RATE_STEPS[RATE_STEPS.length - 1];
        for (double candidate : RATE_STEPS) {
            if (span / candidate <= 5) {
                step = candidate;
                break;
            }
        }
        BigDecimal s = BigDecimal.valueOf(step);
        BigDecimal min = BigDecimal.valueOf(lo).divide(s, 0, java.math.RoundingMode.FLOOR).multiply(s);
        BigDecimal max = BigDecimal.valueOf(hi).divide(s, 0, java.math.RoundingMode.CEILING).multiply(s);
        if (max.compareTo(BigDecimal.ONE) > 0) {
            max = BigDecimal.ONE;
        }
        if (max.compareTo(min) <= 0) {
            min = max.subtract(s);
        }
        if (min.signum() < 0) {
            min = BigDecimal.ZERO;
        }
        axis.remove("scale");
        axis.put("min", min.stripTrailingZeros()).put("max", max.stripTrailingZeros())
                .put("interval", s.stripTrailingZeros());
    }

    /** A count axis has whole-number ticks only: no "0,5 hồ sơ". */
    private static void countAxis(ObjectNode axis) {
        axis.put("minInterval", 1);
    }

    /**
     * Long Vietnamese names ("Sở Tài nguyên và Môi trường") on the value axis's side wrap over two lines rather
     * than overlap or vanish; on a phone, whose rows are too short for two lines (one name's second line
     * ran into the next name), in a smaller type on one line, cut with "…" (the bar's tooltip names it).
     */
    private static void wrapCategoryLabels(ObjectNode option) {
        ((ObjectNode) option.get("yAxis")).putObject("axisLabel").put("width", 150).put("overflow", "break")
                .put("interval", 0).put("lineHeight", 14).put("fontSize", 12);
        child(child(onAPhone(option), "yAxis"), "axisLabel").put("fontSize", 11).put("overflow", "truncate");
    }

    /**
     * The room under a phone's plot for its wrapped legend: the names laid out in lines of the phone's width
     * as ECharts lays them (a name at most {@link #LEGEND_NAME_WIDTH}, its symbol and gaps), some 24 px a
     * line. With a fixed room, four long hotline categories on three lines covered the slanted months.
     */
    private static ObjectNode legendRoomOnAPhone(ObjectNode option) {
        if (!option.has("legend")) {
            return option;
        }
        int lines = 1;
        double used = 0;
        for (JsonNode series : option.path("series")) {
            double item = Math.min(LEGEND_NAME_WIDTH, series.path("name").asString("").length() * TEXT_WIDTH) + 40;
            if (used > 0 && used + item > PHONE_LEGEND_WIDTH) {
                lines++;
                used = 0;
            }
            used += item;
        }
        child(onAPhone(option), "grid").put("bottom", 16 + 24 * lines);
        return option;
    }

    /** The object under {@code name}, made if missing (several rules add to the phone's grid or axes). */
    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode o ? o : parent.putObject(name);
    }

    /**
     * What changes on a chart at most {@link #NARROW_CHART} px wide (ECharts' media query: merged into the
     * option, and again whenever the chart is resized). Whatever it sets, the base option must name too:
     * a chart first laid out narrow and then widened keeps any phone value the base option does not name.
     */
    private static ObjectNode onAPhone(ObjectNode option) {
        ArrayNode media = option.get("media") instanceof ArrayNode m ? m : option.putArray("media");
        for (JsonNode entry : media) {
            if (entry.path("query").path("maxWidth").asInt() == NARROW_CHART) {
                return (ObjectNode) entry.get("option");
            }
        }
        ObjectNode narrow = media.addObject();
        narrow.putObject("query").put("maxWidth", NARROW_CHART);
        return narrow.putObject("option");
    }

    /** A server-made label shown as it is: ECharts reads "{" in a label as the start of a template. */
    private static String template(String text) {
        return text.replace("{", "(").replace("}", ")");
    }

    /** A chart at most this wide (px) is on a phone. */
    private static final int NARROW_CHART = 480;
    private static final int LEGEND_NAME_WIDTH = 240;
    /** About how wide a character of a 12 px label is, for room the server must leave (px). */
    private static final double TEXT_WIDTH = 6.5;
    private static final int EMPTY_MESSAGE_WIDTH = 300;
    /** How wide a phone's legend is, for how many lines it wraps to (px). */
    private static final int PHONE_LEGEND_WIDTH = 320;
    /** A title's width on a phone: about 40 characters of its 14 px bold type. */
    private static final int PHONE_TITLE_WIDTH = 300;

    private static boolean wrapsOnAPhone(String title) {
        return title != null && title.length() > 40;
    }

    private static ObjectNode base(String title, ValueFormat format) {
        ObjectNode option = NODES.objectNode();
        // No entry animation to speak of: the figures are drawn in the next frame. ECharts' default grows
        // bars and lines for 1 s (animationDuration 1000), a second a leader waits for the number (README,
        // "Benchmark: the screens"). 1 ms, not 0: with 0 ECharts draws and fires `finished` inside
        // setOption, before <echarts-chart> has noted the series count it reports with it. Hover and update
        // transitions keep their animation.
        option.put("animationDuration", ENTRY_ANIMATION_MS);
        if (title != null && !title.isBlank()) {
            // the line height given: ECharts measures it from a character some fonts lack, and wrapped lines
            // then lay over each other; overflow stated, so that leaving the phone's query undoes its "break"
            // (ECharts restores only what the base option names)
            option.putObject("title").put("text", title).put("left", "center")
                    .putObject("textStyle").put("fontSize", 14).put("fontWeight", 600).put("lineHeight", 18)
                    .put("overflow", "none");
            if (wrapsOnAPhone(title)) {
                // a title wider than a phone's chart was cut at both edges: there it wraps
                child(child(onAPhone(option), "title"), "textStyle").put("width", PHONE_TITLE_WIDTH)
                        .put("overflow", "break");
            }
        }
        return withValueFormat(option, format);
    }

    private static ObjectNode cartesian(String title, boolean legend, ValueFormat format, String kind) {
        ObjectNode option = base(title, format);
        ObjectNode tooltip = option.putObject("tooltip").put("trigger", "axis").put("confine", true);
        // A shadow over the whole group reads better for bars than a thin line
        tooltip.putObject("axisPointer").put("type", "bar".equals(kind) ? "shadow" : "line");
        if (legend) {
            legend(option);
            // On a phone the legend wraps onto more lines instead of scrolling (a scrolling legend showed
            // its second name cut by the pager); the plot leaves it the room once the series are known
            // (legendRoomOnAPhone). ECharts' media query, applied again when the chart is resized.
            child(onAPhone(option), "legend").put("type", "plain");
        }
        // containLabel: long Vietnamese names stay inside the chart instead of being cut at its edge
        option.putObject("grid").put("containLabel", true)
                .put("left", 8).put("right", 24)
                .put("top", title == null || title.isBlank() ? 16 : 40)
                .put("bottom", legend ? 32 : 8);
        if (wrapsOnAPhone(title)) {
            child(onAPhone(option), "grid").put("top", 60);
        }
        return option;
    }

    /**
     * The legend under the chart, scrolling when its items do not fit. A name longer than 240 px is cut with
     * "…" and shown whole on hover, so that no single name is wider than a phone's chart.
     */
    private static void legend(ObjectNode option) {
        ObjectNode legend = option.putObject("legend").put("type", "scroll").put("bottom", 0);
        legend.putObject("textStyle").put("width", LEGEND_NAME_WIDTH).put("overflow", "truncate");
        legend.putObject("tooltip").put("show", true);
    }

    private static ObjectNode categoryAxis(ObjectNode axis, List<String> categories) {
        axis.put("type", "category");
        ArrayNode data = axis.putArray("data");
        categories.forEach(data::add);
        return axis;
    }

    private static ObjectNode limitAnimation(ObjectNode option, int points) {
        if (points > ANIMATION_LIMIT) {
            option.put("animation", false);
        }
        return option;
    }

    private static void checkSize(List<?> categories, List<?> values, String what) {
        if (categories.size() != values.size()) {
            throw new IllegalArgumentException("%s: %d categories but %d values"
                    .formatted(what, categories.size(), values.size()));
        }
    }

    private static JsonNode number(Number value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case Integer i -> NODES.numberNode(i.intValue());
            case Long l -> NODES.numberNode(l.longValue());
            case BigDecimal d -> NODES.numberNode(d);
            case BigInteger b -> NODES.numberNode(b);
            default -> NODES.numberNode(value.doubleValue());
        };
    }

    /** Numbers stay numbers; anything else (a code, a UUID) goes as its text. */
    private static JsonNode id(Object id) {
        return id instanceof Number n ? number(n) : NODES.stringNode(id.toString());
    }
}
