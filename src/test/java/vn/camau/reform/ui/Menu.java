package vn.camau.reform.ui;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.sidenav.SideNav;

/**
 * The side navigation as the browser gets it: the layout writes its entries as the side nav's inner
 * HTML ({@code vaadin-side-nav-item} elements, one state node for the whole menu), so the tests read
 * the entries, their order, targets, icons and badges from there.
 */
public final class Menu {

    /**
     * One entry as shown: its label, the path it opens (as the item's {@code path}), its icon, and its
     * badge's text and tooltip (null when it has none).
     */
    public record Entry(String label, String path, String icon, String badge, String badgeTooltip) {
    }

    private Menu() {
    }

    /** The entries of the side navigation on the current screen, in order (none when it has no menu). */
    public static List<Entry> entries() {
        return LocatorJ._find(SideNav.class).stream()
                .flatMap(nav -> Jsoup.parseBodyFragment(nav.getElement().getProperty("innerHTML", "")).body()
                        .select("vaadin-side-nav-item").stream())
                .map(Menu::entry).toList();
    }

    /** The entries' labels, in order. */
    public static List<String> labels() {
        return entries().stream().map(Entry::label).toList();
    }

    /** The entry labelled {@code label}. */
    public static Entry entry(String label) {
        return entries().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No menu entry " + label + " in " + labels()));
    }

    private static Entry entry(Element item) {
        Element icon = item.selectFirst("vaadin-icon[slot=prefix]");
        Element badge = item.selectFirst("[slot=suffix]");
        return new Entry(item.ownText().strip(), item.attr("path"), icon == null ? null : icon.attr("icon"),
                badge == null ? null : badge.text(), badge == null ? null : badge.attr("title"));
    }
}
