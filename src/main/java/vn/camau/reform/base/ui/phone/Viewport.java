package vn.camau.reform.base.ui.phone;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Whether the browser window is phone-narrow, told to a component while it is attached: at once
 * (from the details the browser sent at start, or after one round trip) and again whenever the
 * window crosses the line. CSS handles most of the phone layout; this is for what only the server
 * can change, such as which grid columns exist.
 */
public final class Viewport {

    /** Below this width (CSS px) a screen is laid out for a phone; the same line as styles.css. */
    public static final int NARROW_BELOW = 700;

    private Viewport() {
    }

    public static boolean isNarrow(int width) {
        return width > 0 && width < NARROW_BELOW;
    }

    /**
     * Calls {@code narrow} with true or false while {@code owner} is attached, first with the
     * window's present width, then only when it changes sides of {@link #NARROW_BELOW}.
     */
    public static void watch(Component owner, SerializableConsumer<Boolean> narrow) {
        owner.addAttachListener(attach -> {
            UI ui = attach.getUI();
            boolean[] last = {false};
            boolean[] known = {false};
            SerializableConsumer<Integer> widthIs = width -> {
                boolean now = isNarrow(width);
                if (!known[0] || now != last[0]) {
                    known[0] = true;
                    last[0] = now;
                    narrow.accept(now);
                }
            };
            ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
            if (details != null && details.getWindowInnerWidth() > 0) {
                widthIs.accept(details.getWindowInnerWidth());
            } else {
                ui.getPage().retrieveExtendedClientDetails(d -> widthIs.accept(d.getWindowInnerWidth()));
            }
            Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> widthIs.accept(e.getWidth()));
            owner.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
