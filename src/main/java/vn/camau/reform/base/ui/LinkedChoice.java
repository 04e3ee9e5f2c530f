package vn.camau.reform.base.ui;

import java.util.function.ToLongFunction;

import com.vaadin.flow.component.combobox.ComboBox;

/** Restores a picker's choice from the id a shared link carries. */
public final class LinkedChoice {

    private LinkedChoice() {
    }

    /**
     * Selects the item with this id among the picker's items, or nothing. An id that is not among them
     * (outside the user's scope, or unknown) is said in a notification rather than left to show an
     * empty list.
     */
    public static <T> void select(ComboBox<T> picker, Long id, ToLongFunction<T> idOf, String unknownKey) {
        T chosen = id == null ? null : picker.getListDataView().getItems()
                .filter(item -> idOf.applyAsLong(item) == id).findFirst().orElse(null);
        if (id != null && chosen == null) {
            Notifications.warning(picker.getTranslation(unknownKey));
        }
        picker.setValue(chosen);
    }
}
