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
        categoryAxis(option.putObject("xAxis"), categories).put("boundaryGap", false);
        // A trend of rates around 99% is a flat line on an axis from zero; a line (unlike a bar)
        // may start where the data does, so the month-to-month change stays visible
        ObjectNode yAxis = option.putObject("yAxis").put("type", "value").put("scale", true);
        if (format == ValueFormat.PERCENT) {
            // a rate never passes 100%: an axis label of 102% would only puzzle the reader
            yAxis.put("max", 1);
        }
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
        return limitAnimation(option, points);
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
        checkSize(categories, values, title);
        ObjectNode option = cartesian(title, false, format, "bar");
        option.putObject("xAxis").put("type", "value");
        // ECharts draws the first category at the bottom; inverse puts it on top, where a ranking starts
        ObjectNode yAxis = categoryAxis(option.putObject("yAxis"), categories).put("inverse", true);
        // Long Vietnamese unit names ("Phường An Xuyên", "Sở Tài nguyên và Môi trường") must not eat the bars
        yAxis.putObject("axisLabel").put("width", 160).put("overflow", "truncate");
        ObjectNode bar = option.putArray("series").addObject().put("type", "bar").put("name", title)
                .put("barMaxWidth", 24);
        ArrayNode data = bar.putArray("data");
        for (int i = 0; i < values.size(); i++) {
            ObjectNode item = data.addObject().set("value", number(values.get(i)));
            if (ids != null && i < ids.size() && ids.get(i) != null) {
                item.set("id", id(ids.get(i)));
            }
        }
        return limitAnimation(option, values.size());
    }

    /** Vertical bars over categories (e.g. fields), one bar per series in each group; counts by default. */
    public static ObjectNode bar(String title, List<String> categories, List<Series> series) {
        return bar(title, categories, series, ValueFormat.COUNT);
    }

    public static ObjectNode bar(String title, List<String> categories, List<Series> series, ValueFormat format) {
        ObjectNode option = cartesian(title, series.size() > 1, format, "bar");
        ObjectNode xAxis = categoryAxis(option.putObject("xAxis"), categories);
        // Every field name shown, wrapped rather than skipped: a bar without its name means nothing
        xAxis.putObject("axisLabel").put("interval", 0).put("width", 90).put("overflow", "break");
        option.putObject("yAxis").put("type", "value");
        int points = 0;
        ArrayNode out = option.putArray("series");
        for (Series s : series) {
            checkSize(categories, s.values(), s.name());
            ArrayNode data = out.addObject().put("type", "bar").put("name", s.name()).putArray("data");
            s.values().forEach(v -> data.add(number(v)));
            points += s.values().size();
        }
        return limitAnimation(option, points);
    }

    /** Shares of a whole (e.g. the channel mix); counts by default. */
    public static ObjectNode pie(String title, List<Slice> slices) {
        return pie(title, slices, ValueFormat.COUNT);
    }

    public static ObjectNode pie(String title, List<Slice> slices, ValueFormat format) {
        ObjectNode option = base(title, format);
        option.putObject("tooltip").put("trigger", "item").put("confine", true);
        option.putObject("legend").put("type", "scroll").put("bottom", 0);
        ObjectNode pie = option.putArray("series").addObject().put("type", "pie").put("name", title);
        pie.putArray("radius").add("40%").add("68%");
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

    private static ObjectNode base(String title, ValueFormat format) {
        ObjectNode option = NODES.objectNode();
        if (title != null && !title.isBlank()) {
            option.putObject("title").put("text", title).put("left", "center")
                    .putObject("textStyle").put("fontSize", 14).put("fontWeight", 600);
        }
        return withValueFormat(option, format);
    }

    private static ObjectNode cartesian(String title, boolean legend, ValueFormat format, String kind) {
        ObjectNode option = base(title, format);
        ObjectNode tooltip = option.putObject("tooltip").put("trigger", "axis").put("confine", true);
        // A shadow over the whole group reads better for bars than a thin line
        tooltip.putObject("axisPointer").put("type", "bar".equals(kind) ? "shadow" : "line");
        if (legend) {
            option.putObject("legend").put("type", "scroll").put("bottom", 0);
        }
        // containLabel: long Vietnamese names stay inside the chart instead of being cut at its edge
        option.putObject("grid").put("containLabel", true)
                .put("left", 8).put("right", 24)
                .put("top", title == null || title.isBlank() ? 16 : 40)
                .put("bottom", legend ? 32 : 8);
        return option;
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
