package vn.camau.reform.base.ui.phone;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * A grid that becomes a list of cards on a phone: one column rendering each row as a small card
 * (the row's key facts on two or three lines), plus the few columns that must stay (a button). On a
 * wide screen the card column is hidden and the grid is as it was; it then draws nothing, so that the
 * rows carry no card values: a hidden column's values are still sent with every row (on the alerts, half
 * of the rows' bytes).
 */
public final class GridCards {

    public static final String CARD_KEY = "phone-card";

    private GridCards() {
    }

    /**
     * Adds the card column to {@code grid} and switches columns with the window's width.
     *
     * @param keep columns shown at both widths (beside the card on a phone)
     */
    @SafeVarargs
    public static <T> Grid.Column<T> install(Grid<T> grid, Renderer<T> card, Grid.Column<T>... keep) {
        Grid.Column<T> cards = grid.addColumn(card).setKey(CARD_KEY).setFlexGrow(1);
        cards.setVisible(false);
        Renderer<T> nothing = LitRenderer.of("");
        List<Grid.Column<T>> kept = List.of(keep);
        // only the columns hidden here come back: one the view hid itself stays hidden
        List<Grid.Column<T>> folded = new ArrayList<>();
        Viewport.watch(grid, narrow -> {
            cards.setRenderer(narrow ? card : nothing);
            cards.setVisible(narrow);
            if (narrow) {
                grid.getColumns().stream().filter(c -> c != cards && !kept.contains(c) && c.isVisible())
                        .forEach(c -> {
                            c.setVisible(false);
                            folded.add(c);
                        });
            } else {
                folded.forEach(c -> c.setVisible(true));
                folded.clear();
            }
            grid.getElement().getClassList().set("phone-cards", narrow);
        });
        return cards;
    }
}
