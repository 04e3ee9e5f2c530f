package vn.camau.reform.base.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.dataview.ComboBoxListDataView;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.function.SerializableSupplier;

import vn.camau.reform.base.text.SearchText;

/**
 * The one picker for a unit, an officer, a procedure or a field: a combo box that finds "Phường An
 * Xuyên" from "an xuyen", "xuyen" or "AN XUYÊN" (folded as the unit tree's search folds, {@link
 * SearchText}; every typed word must appear, in any order) and says "Không tìm thấy…" under the
 * field when nothing matches, instead of an empty drop-down.
 *
 * <p>A drop-in for {@code ComboBox}: {@link #setItems(Collection)} filters this way, whatever the
 * caller passes, since the plain combo box filters on the client with diacritics significant.
 */
public class Picker<T> extends ComboBox<T> {

    private String helperText;
    private boolean showingNoMatch;
    private String lastFilter;
    private List<T> items = List.of();
    /** Where the items come from when they are loaded on demand ({@link #setItemsOnDemand}); null otherwise. */
    private SerializableSupplier<? extends Collection<T>> loader;

    public Picker() {
    }

    public Picker(String label) {
        super(label);
    }

    public Picker(String label, Collection<T> items) {
        super(label);
        setItems(items);
    }

    /** Whether an item's label holds every typed word, diacritics, case and word order aside. */
    public static boolean matches(String label, String typed) {
        String folded = SearchText.fold(label);
        return Arrays.stream(SearchText.fold(typed).split(" ")).allMatch(folded::contains);
    }

    @Override
    public ComboBoxListDataView<T> setItems(Collection<T> items) {
        this.items = List.copyOf(items);
        loader = null;
        lastFilter = null;
        return super.setItems(this::accepts, this.items);
    }

    /**
     * Items read only when the user opens the picker or types in it, then kept while it stands: for a long
     * list most visits never open (the alerts' officer filter: a province leader's 2,700 officers were
     * about a third of the alerts' server time on every visit). Filtered as {@link #setItems(Collection)}.
     */
    public void setItemsOnDemand(SerializableSupplier<? extends Collection<T>> load) {
        items = null;
        loader = load;
        lastFilter = null;
        // No count: with one, the combo box asks for it in every response, opened or not, and so reads the list
        super.setItems(query -> matching(query.getFilter().orElse("")).skip(query.getOffset()).limit(query.getLimit()));
    }

    private Stream<T> matching(String filter) {
        return items().filter(item -> accepts(item, filter));
    }

    @SafeVarargs
    @Override
    public final ComboBoxListDataView<T> setItems(T... items) {
        return setItems(Arrays.asList(items));
    }

    @Override
    public ComboBoxListDataView<T> setItems(ListDataProvider<T> dataProvider) {
        return setItems(dataProvider.getItems());
    }

    /** The helper text shown while something matches; the no-match message replaces it otherwise. */
    @Override
    public void setHelperText(String text) {
        helperText = text;
        if (!showingNoMatch) {
            super.setHelperText(text);
        }
    }

    /**
     * The combo box's filter for every item. The first call for a new typed text also arranges,
     * once, to say under the field before the response whether anything matched (the combo box
     * gives no event of its own for the typed text).
     */
    private boolean accepts(T item, String filter) {
        if (!java.util.Objects.equals(filter, lastFilter)) {
            lastFilter = filter;
            getUI().ifPresentOrElse(ui -> ui.beforeClientResponse(this, context -> noticeMatches(filter)),
                    () -> noticeMatches(filter));
        }
        return shows(item, filter);
    }

    private boolean shows(T item, String filter) {
        return matches(getItemLabelGenerator().apply(item), filter);
    }

    /**
     * Shows or clears "Không tìm thấy mục nào khớp với …" for the typed text. Matches without {@link #accepts}:
     * that would arrange another notice, and two filters (the typed one, the data's own) would take turns.
     */
    void noticeMatches(String filter) {
        boolean none = filter != null && !filter.isBlank() && items().noneMatch(i -> shows(i, filter));
        if (none) {
            showingNoMatch = true;
            super.setHelperText(getTranslation("picker.no-match", filter.strip()));
        } else if (showingNoMatch) {
            showingNoMatch = false;
            super.setHelperText(helperText);
        }
    }

    private Stream<T> items() {
        if (items == null) {
            items = List.copyOf(loader.get());
        }
        return items.stream();
    }
}
