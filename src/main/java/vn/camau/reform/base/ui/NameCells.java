package vn.camau.reform.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiFunction;

/**
 * Names as links inside a grid's template cells (drawn in the browser from each row's values), by the
 * rules of {@link NameLinks}: a link where the row gives the name's address, plain text where it gives
 * none. A template cell costs the browser a few values per row where a server-built link cost it a
 * component and a script (README, "Benchmark: the screens", eighth session).
 *
 * <p>A plain click on a name is prevented in the browser, so the grid does not also open its row, and
 * followed from the server through the template's {@code openLink} function.
 */
public final class NameCells {

    /**
     * The click on a name, as a function expression rather than an arrow: an arrow's {@code >} ends the tag
     * for an HTML reader of the template (the words test reads the cells so).
     */
    private static final String FOLLOW = "@click=${function (e) { if (" + NameLinks.PLAIN_CLICK.replace("event.", "e.")
            + ") { e.preventDefault(); openLink('%s'); } }}";

    private NameCells() {
    }

    /**
     * The template of a name shown from {@code item.<property>}: a link of class {@code className} to
     * {@code item.<property>Href} where that is set, plain text otherwise.
     */
    public static String name(String className, String property) {
        return "<a class=\"" + className + "\" href=${item." + property + "Href} ?hidden=${!item." + property
                + "Href} " + FOLLOW.formatted(property) + ">${item." + property + "}</a><span ?hidden=${!!item."
                + property + "Href}>${item." + property + "}</span>";
    }

    /**
     * A renderer of {@code template} whose names, when clicked, open the address {@code hrefOf} gives for the
     * row and the name's property (null: nowhere, the user may not go).
     */
    public static <T> LitRenderer<T> renderer(Component view, String template,
                                              SerializableBiFunction<T, String, String> hrefOf) {
        return LitRenderer.<T>of(template)
                .withFunction("openLink", (item, args) -> follow(view, hrefOf.apply(item, args.get(0).asString())));
    }

    /** Opens a name's page, if it has one. */
    public static void follow(Component view, String href) {
        if (href != null) {
            view.getUI().ifPresent(ui -> NameLinks.go(ui, href));
        }
    }
}
