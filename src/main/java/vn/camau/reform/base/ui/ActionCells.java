package vn.camau.reform.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializablePredicate;

/**
 * A grid cell that is a small button for those who may act on the row and the same words as plain text for
 * the others (an apology to open or draft, its state otherwise), drawn in the browser from the row's values
 * like {@link NameCells}. The action runs only where the row says the user may act, whatever reaches the
 * server. Properties {@code label}, {@code tone}, {@code acts}; function {@code act}.
 */
public final class ActionCells {

    private ActionCells() {
    }

    public static <T> LitRenderer<T> buttonOrText(SerializableFunction<T, String> label,
                                                  SerializableFunction<T, String> tone,
                                                  SerializablePredicate<T> acts, SerializableConsumer<T> act) {
        return LitRenderer.<T>of("""
                        <vaadin-button theme="small tertiary ${item.tone}" ?hidden=${!item.acts}
                            @click=${act}>${item.label}</vaadin-button><span ?hidden=${item.acts}
                            >${item.label}</span>""")
                .withProperty("label", label::apply)
                .withProperty("tone", tone::apply)
                .withProperty("acts", acts::test)
                .withFunction("act", t -> {
                    if (acts.test(t)) {
                        act.accept(t);
                    }
                });
    }
}
