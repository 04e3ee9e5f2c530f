package vn.camau.reform.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;

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

    /**
     * Who holds a dossier: the step it is in, then the unit holding it (when not the handling one) and the
     * officer, each a link where {@code hrefOf} gives the name ({@code otherUnit}, {@code officer}) an
     * address. {@code otherUnit} and {@code officer} give null where there is none.
     */
    public static <T> LitRenderer<T> holders(Component view, SerializableBiFunction<T, String, String> hrefOf,
                                             SerializableFunction<T, String> step,
                                             SerializableFunction<T, String> otherUnit,
                                             SerializableFunction<T, String> officer) {
        String template = "<span>${item.step}</span><span ?hidden=${!item.otherUnit}> – </span>"
                + name("unit-link", "otherUnit")
                + "<span ?hidden=${!item.officer}> – </span>" + name("officer-link", "officer");
        return NameCells.<T>renderer(view, template, hrefOf)
                .withProperty("step", t -> orEmpty(step.apply(t)))
                .withProperty("otherUnit", t -> orEmpty(otherUnit.apply(t)))
                .withProperty("otherUnitHref", t -> otherUnit.apply(t) == null ? null : hrefOf.apply(t, "otherUnit"))
                .withProperty("officer", t -> orEmpty(officer.apply(t)))
                .withProperty("officerHref", t -> officer.apply(t) == null ? null : hrefOf.apply(t, "officer"));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Opens a name's page, if it has one. */
    public static void follow(Component view, String href) {
        if (href != null) {
            view.getUI().ifPresent(ui -> NameLinks.go(ui, href));
        }
    }
}
