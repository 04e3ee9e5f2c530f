package vn.camau.reform.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;

import vn.camau.reform.base.ui.BuiltWhenNear;

/**
 * What the browser shows of a component that is one element on the server: a KPI card writes its
 * lines and links as the element's inner HTML, a template cell is drawn in the browser from the row's
 * values. The tests read them here as a person would read them on the screen.
 */
public final class Shown {

    private Shown() {
    }

    /** The component's inside as the browser parses it (its own attributes are the component's). */
    public static Element inside(Component c) {
        return Jsoup.parseBodyFragment(c.getElement().getProperty("innerHTML", "")).body();
    }

    /** The text the component shows: its text children and its inner HTML's text. */
    public static String text(Component c) {
        return (c.getElement().getTextRecursively() + " " + inside(c).text()).strip();
    }

    /** The one element inside the component that {@code css} selects (a link, a line). */
    public static Element one(Component c, String css) {
        Element e = inside(c).selectFirst(css);
        if (e == null) {
            throw new AssertionError("Nothing matches " + css + " in " + c.getElement().getProperty("innerHTML"));
        }
        return e;
    }

    /** A template cell's values for a row (what the browser fills the cell's template with). */
    public static <T> Map<String, Object> cell(Grid<T> grid, T item, String columnKey) {
        if (!(grid.getColumnByKey(columnKey).getRenderer() instanceof LitRenderer<T> lit)) {
            throw new AssertionError("Column " + columnKey + " is not drawn from a template");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        lit.getValueProviders().forEach((name, provider) -> values.put(name, provider.apply(item)));
        return values;
    }

    /**
     * A click on what a template cell calls {@code function} for (a button, a link): what the browser asks
     * the server to run for the row. Vaadin keeps a template's functions to itself, so they are read here.
     */
    @SuppressWarnings("unchecked")
    public static <T> void call(Grid<T> grid, T item, String columnKey, String function, String... args) {
        if (!(grid.getColumnByKey(columnKey).getRenderer() instanceof LitRenderer<T> lit)) {
            throw new AssertionError("Column " + columnKey + " is not drawn from a template");
        }
        java.util.Map<String, com.vaadin.flow.function.SerializableBiConsumer<T, tools.jackson.databind.node.ArrayNode>>
                functions;
        try {
            java.lang.reflect.Field field = LitRenderer.class.getDeclaredField("clientCallables");
            field.setAccessible(true);
            functions = (java.util.Map<String, com.vaadin.flow.function.SerializableBiConsumer<T,
                    tools.jackson.databind.node.ArrayNode>>) field.get(lit);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Vaadin's LitRenderer keeps its functions elsewhere now", e);
        }
        if (!functions.containsKey(function)) {
            throw new AssertionError("Column " + columnKey + " has no function " + function + ": " + functions.keySet());
        }
        tools.jackson.databind.node.ArrayNode arguments = tools.jackson.databind.json.JsonMapper.shared()
                .createArrayNode();
        for (String a : args) {
            arguments.add(a);
        }
        functions.get(function).accept(item, arguments);
    }

    /**
     * The page scrolled to its end: every part built only when the browser scrolls it near the screen
     * gets the browser's event, as a leader scrolling down would send it.
     */
    public static void scrolledToEnd() {
        for (BuiltWhenNear part : LocatorJ._find(BuiltWhenNear.class)) {
            if (!part.isBuilt()) {
                BasicUtilsKt._fireDomEvent(part, BuiltWhenNear.NEAR);
            }
        }
    }

    /** The template a column's cells are drawn from. */
    public static String template(Grid<?> grid, String columnKey) {
        return com.github.mvysny.kaributools.RenderersKt.getTemplate(grid.getColumnByKey(columnKey).getRenderer());
    }
}
