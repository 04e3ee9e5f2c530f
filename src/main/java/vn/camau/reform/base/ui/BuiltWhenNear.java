package vn.camau.reform.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * A part of a page built only when the browser scrolls it near the screen, as a browser loads an image
 * below the fold. Until then it is an empty box of the part's expected height (so the page does not
 * jump), and the browser watches it with an {@code IntersectionObserver}; the first time the box comes
 * within {@link #MARGIN} of the screen, the browser tells the server, which builds the part into it.
 * <p>
 * Why (issue 18): the overview's units grid is below the first screen on a desk (1440×900) and on a
 * phone, yet it was a fifth of the server's work for every page load, and fifty leaders opening the
 * overview at once share two cores. A leader who reads only the cards and charts no longer pays for it;
 * one who scrolls waits one round trip, started before the box is on screen.
 */
public final class BuiltWhenNear extends Div {

    /** The DOM event the browser fires on the box when it first comes near the screen. */
    public static final String NEAR = "near-screen";

    /** How far below (or above) the screen the box counts as near: the round trip starts before it shows. */
    static final String MARGIN = "300px";

    private static final String WATCH = """
            const box = this;
            if (!('IntersectionObserver' in window)) { box.dispatchEvent(new CustomEvent($0)); return; }
            const watch = new IntersectionObserver(entries => {
              if (entries.some(e => e.isIntersecting)) {
                watch.disconnect();
                box.dispatchEvent(new CustomEvent($0));
              }
            }, {rootMargin: $1});
            watch.observe(box);
            """;

    private final SerializableSupplier<Component> part;
    private DomListenerRegistration near;

    /**
     * @param expectedHeight the part's height as CSS (the box's until it is built), so what follows it
     *                       does not move when it arrives
     * @param part           builds the part, once, when the box first comes near the screen
     */
    public BuiltWhenNear(String expectedHeight, SerializableSupplier<Component> part) {
        this.part = part;
        addClassName("built-when-near");
        setWidthFull();
        getStyle().set("min-height", expectedHeight);
        near = getElement().addEventListener(NEAR, e -> build());
        // on every attach: a page restored from the browser's back cache attaches again and watches anew
        addAttachListener(e -> {
            if (!isBuilt()) {
                getElement().executeJs(WATCH, NEAR, MARGIN);
            }
        });
    }

    /** Builds the part now (the box came near the screen, or the page needs it at once). */
    public void build() {
        if (isBuilt()) {
            return;
        }
        near.remove();
        near = null;
        getStyle().remove("min-height");
        add(part.get());
    }

    public boolean isBuilt() {
        return near == null;
    }
}
