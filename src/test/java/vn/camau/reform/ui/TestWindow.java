package vn.camau.reform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/**
 * A browser window of a given width, as the browser reports it to the UI (Vaadin's extended client
 * details; what the tests do not need is left blank): what decides a grid's desk columns or phone cards.
 */
public final class TestWindow {

    public static final int PHONE = 390;
    public static final int DESK = 1440;

    private TestWindow() {
    }

    /**
     * Opens {@code view} in a window {@code width} pixels wide. Through the home page first: the view the
     * UI shows now was built at the old width, and navigating to it again would keep it.
     */
    public static void open(int width, Class<? extends Component> view) {
        UI ui = UI.getCurrent();
        String w = String.valueOf(width);
        ui.getInternals().setExtendedClientDetails(new ExtendedClientDetails(ui, w, "844", w, "844", w, "844", "0",
                "0", "0", "false", "UTC", "0", "false", "1", "w", "Linux", null, null));
        if (ui.getPage().getExtendedClientDetails().getWindowInnerWidth() != width) {
            throw new AssertionError("Vaadin's client details take the window's width elsewhere now");
        }
        ui.navigate("");
        ui.navigate(view);
    }
}
