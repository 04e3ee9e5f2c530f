package vn.camau.reform.base.ui;

import com.vaadin.flow.component.button.Button;

/**
 * Marks a button that opens a dialog ({@code aria-haspopup="dialog"}): a screen reader announces it
 * as such, and the words test opens every marked button to read the dialog it shows.
 */
public final class DialogOpener {

    public static final String ATTRIBUTE = "aria-haspopup";
    public static final String VALUE = "dialog";

    private DialogOpener() {
    }

    public static Button mark(Button button) {
        button.getElement().setAttribute(ATTRIBUTE, VALUE);
        return button;
    }
}
