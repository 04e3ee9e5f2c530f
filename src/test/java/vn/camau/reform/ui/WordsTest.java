package vn.camau.reform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.EVALUATION;
import static vn.camau.reform.jooq.Tables.EVALUATION_CYCLE;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.base.ui.DialogOpener;
import vn.camau.reform.base.ui.chart.EChart;

/**
 * Every route opened as every demo user, in Vietnamese: no screen shows a missing translation
 * ("!key") or an unfilled "{0}", no English word or enum code (ONLINE, SATISFIED, "Toggle child
 * items") outside a short allow-list, and no column header names counts on one screen and dates
 * on another (one key, two meanings: "Ngày tiếp nhận" over the breakdown's counts). Grid cells are
 * read as rendered (a component cell element by element, a phone card by the values it shows), and
 * every dialog a screen opens (its buttons marked by DialogOpener) is opened and read the same way.
 */
class WordsTest extends KaribuTest {

    static final List<String> DEMO_USERS = List.of("admin", "lanhdao.tinh", "lanhdao.anxuyen", "motcua.anxuyen",
            "thanhtra", "chanhthanhtra", "nhansu");

    /** English words a Vietnamese screen must not show (what has been seen, and the usual suspects). */
    static final Set<String> ENGLISH = Set.of("the", "and", "for", "with", "from", "toggle", "child", "items",
            "item", "compensatory", "swapped", "adjacent", "sunday", "saturday", "monday", "make-up", "working",
            "day", "days", "online", "satisfied", "dissatisfied", "select", "search", "cancel", "close", "save",
            "open", "upload", "drop", "file", "files", "error", "loading", "next", "previous", "true", "false",
            "null", "undefined", "received", "resolved", "overdue", "late", "due", "unit", "units", "officer",
            "report", "reports", "verify", "against", "official", "notice", "apology", "clear", "today", "week",
            "month", "year", "page", "rows", "total", "none", "all", "yes", "no");

    /** Upper-case words that are Vietnamese or technical abbreviations a reader knows. */
    static final Set<String> ACRONYMS = Set.of("UBND", "HĐND", "CSV", "XLSX", "PDF", "API", "SMS", "ISO", "URL",
            "HTTP", "JSON", "CCHC", "VNEID", "ZALO", "TTHC", "DVC", "DVCQG", "MST", "CCCD", "CMND", "UTF", "SLA",
            "QR", "HTML", "XML", "PAPI", "PAR", "SIPAS", "INDEX", "TOKEN", "READ", "INTAKE");

    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d_.-])[A-Z][A-Z_]{3,}(?![\\p{L}\\d_])");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d])[A-Za-z][a-z]+(?:-[a-z]+)?(?![\\p{L}\\d])");
    /** Headers that name a date or a time ("Ngày tiếp nhận", "Thời điểm trả lời", "Hạn giải quyết"). */
    private static final Pattern DATE_HEADER = Pattern.compile("(Ngày|Thời điểm|Hạn) (?!trễ)");
    private static final Pattern DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}.*");
    private static final Pattern NUMBER = Pattern.compile("-?[\\d.]+(,\\d+)?%?");
    /** Properties and attributes a user reads (the rest are ids, routes, styles). */
    private static final Set<String> SHOWN = Set.of("label", "placeholder", "helperText", "title", "aria-label",
            "errorMessage", "header", "text", "emptySelectionCaption", "confirmText", "cancelText", "rejectText",
            "headerTitle", "summary", "heading", "i18n");

    /** A template cell's properties that style it ("error", "warning") rather than say something. */
    private static final Pattern STYLING = Pattern.compile("(?i).*(tone|theme|class|style|color|icon|href|id|key)");

    @Autowired
    DSLContext dsl;

    /** Buttons in the grid cells just read, for openers(). */
    private final List<Button> cellButtons = new ArrayList<>();
    private int dialogsSeen;

    private final JsonMapper json = JsonMapper.shared();
    private final Map<String, Set<String>> problems = new TreeMap<>();
    /** Header text → the kinds of values under it (DATE, NUMBER), over every screen. */
    private final Map<String, Set<String>> headerKinds = new TreeMap<>();
    private final Map<String, Set<String>> headerWhere = new TreeMap<>();

    @Test
    void everyScreenOfEveryRoleSpeaksVietnameseWithoutMissingKeys() {
        List<String> routes = routes();
        assertThat(routes).as("routes found").hasSizeGreaterThan(15);
        for (String user : DEMO_USERS) {
            for (String route : routes) {
                loginAs(user);
                try {
                    UI.getCurrent().navigate(route);
                } catch (RuntimeException e) {
                    problems.computeIfAbsent(user + " " + route, k -> new TreeSet<>()).add("threw " + e);
                    continue;
                }
                String where = user + " /" + route;
                Shown.scrolledToEnd(); // what is built only when scrolled to is read too
                check(where, UI.getCurrent().getElement());
                for (Component c : all(UI.getCurrent())) {
                    checkComponent(where, c);
                }
                openDialogs(where, openers(all(UI.getCurrent())), 1);
            }
        }
        headerKinds.forEach((header, kinds) -> {
            if (kinds.containsAll(Set.of("DATE", "NUMBER"))) {
                problems.computeIfAbsent("header \"" + header + "\"", k -> new TreeSet<>())
                        .add("heads dates on one screen and counts on another: " + headerWhere.get(header));
            }
        });
        assertThat(dialogsSeen).as("dialogs opened and read").isGreaterThan(8);
        assertThat(problems).as("screens with missing keys, English words or one key for two meanings").isEmpty();
    }

    /** Every route; a route with a parameter gets a real id from the demo data. */
    private List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (RouteData r : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String t = r.getTemplate();
            if (t.equals("login")) {
                continue;
            }
            if (!t.contains(":")) {
                routes.add(t);
                continue;
            }
            String id = switch (t) {
                case "dossiers/:code" -> first(DOSSIER, DOSSIER.CODE);
                case "hotline/:id" -> first(HOTLINE_REPORT, HOTLINE_REPORT.ID);
                case "apologies/:id" -> first(APOLOGY, APOLOGY.ID);
                case "evaluations/:id" -> first(EVALUATION, EVALUATION.ID);
                case "evaluations/cycle/:id" -> first(EVALUATION_CYCLE, EVALUATION_CYCLE.ID);
                case "officers/:id" -> first(OFFICER, OFFICER.ID);
                case "units/:id" -> "96";
                default -> null;
            };
            if (id != null) {
                routes.add(t.replaceAll(":[a-z]+", id));
            }
        }
        return routes;
    }

    private <T> String first(Table<?> table, Field<T> field) {
        T value = dsl.select(field).from(table).orderBy(field).limit(1).fetchOne(field);
        return value == null ? null : value.toString();
    }

    private static List<Component> all(Component root) {
        List<Component> out = new ArrayList<>();
        Consumer<Component>[] walk = new Consumer[1];
        walk[0] = c -> {
            out.add(c);
            c.getChildren().forEach(walk[0]);
        };
        walk[0].accept(root);
        return out;
    }

    private void check(String where, Element element) {
        if (element.isTextNode()) {
            checkText(where, element.getText());
            return;
        }
        for (String name : element.getPropertyNames().toList()) {
            if (SHOWN.contains(name) && element.getPropertyRaw(name) instanceof String s) {
                checkText(where, s);
            }
        }
        if (element.getPropertyRaw("innerHTML") instanceof String html) {
            // one element whose lines are its inner HTML (the overview's KPI cards): its text and tooltips
            org.jsoup.nodes.Element inside = org.jsoup.Jsoup.parseBodyFragment(html).body();
            checkText(where, inside.text());
            inside.select("*").forEach(e -> SHOWN.stream().filter(e::hasAttr).forEach(a -> checkText(where, e.attr(a))));
        }
        for (String name : element.getAttributeNames().toList()) {
            if (SHOWN.contains(name)) {
                checkText(where, element.getAttribute(name));
            }
        }
        element.getChildren().forEach(child -> check(where, child));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void checkComponent(String where, Component c) {
        if (c instanceof Select select) {
            // without a generator Vaadin shows String.valueOf(item): an enum's code
            ItemLabelGenerator label = select.getItemLabelGenerator() == null ? String::valueOf
                    : select.getItemLabelGenerator();
            if (select.isEmptySelectionAllowed()) {
                // the empty choice's label: "!open-timing.null" was shown as the alerts' default
                checkText(where, String.valueOf(label.apply(null)));
            }
            select.getGenericDataView().getItems().forEach(i -> checkText(where, String.valueOf(label.apply(i))));
        } else if (c instanceof ComboBox combo) {
            ItemLabelGenerator label = combo.getItemLabelGenerator();
            if (combo.getValue() != null && label != null) {
                checkText(where, String.valueOf(label.apply(combo.getValue())));
            }
        } else if (c instanceof Grid<?> grid) {
            checkGrid(where, grid);
        } else if (c instanceof EChart chart && !chart.getOption().isBlank()) {
            checkChart(where, json.readTree(chart.getOption()));
        }
    }

    /**
     * The buttons that open a dialog (marked {@code aria-haspopup="dialog"}, DialogOpener), on the
     * screen and in the first rows' cells; one per label, so a list of twenty "Sửa" opens one dialog.
     */
    private List<Button> openers(List<Component> components) {
        Map<String, Button> byLabel = new LinkedHashMap<>();
        for (Component c : components) {
            if (c instanceof Button b && isOpener(b) && b.isEnabled()) {
                byLabel.putIfAbsent(b.getText(), b);
            }
        }
        cellButtons.stream().filter(b -> isOpener(b) && b.isEnabled()).forEach(b -> byLabel.putIfAbsent(b.getText(), b));
        cellButtons.clear();
        return new ArrayList<>(byLabel.values());
    }

    private static boolean isOpener(Button b) {
        return DialogOpener.VALUE.equals(b.getElement().getAttribute(DialogOpener.ATTRIBUTE));
    }

    /**
     * Opens each dialog and reads it like a screen (its header and footer too), then the dialogs it
     * opens in turn (a confirmation), never confirming anything; closes them all after.
     */
    private void openDialogs(String where, List<Button> openers, int depth) {
        for (Button opener : openers) {
            Set<Component> before = new java.util.HashSet<>(dialogs());
            try {
                opener.click();
            } catch (RuntimeException e) {
                problems.computeIfAbsent(where, k -> new TreeSet<>()).add("\"" + opener.getText() + "\" threw " + e);
                continue;
            }
            List<Component> opened = dialogs().stream().filter(d -> !before.contains(d)).toList();
            if (opened.isEmpty()) {
                problems.computeIfAbsent(where, k -> new TreeSet<>())
                        .add("\"" + opener.getText() + "\" is marked as opening a dialog but opened none");
            }
            for (Component dialog : opened) {
                String inDialog = where + " dialog \"" + opener.getText() + "\"";
                dialogsSeen++;
                check(inDialog, dialog.getElement());
                List<Component> inside = new ArrayList<>(all(dialog));
                if (dialog instanceof Dialog d) {
                    check(inDialog, d.getHeader().getElement());
                    check(inDialog, d.getFooter().getElement());
                    d.getHeader().getElement().getChildren().forEach(e -> e.getComponent().ifPresent(c -> inside.addAll(all(c))));
                    d.getFooter().getElement().getChildren().forEach(e -> e.getComponent().ifPresent(c -> inside.addAll(all(c))));
                }
                inside.forEach(c -> checkComponent(inDialog, c));
                if (depth > 0) {
                    openDialogs(inDialog, openers(inside), depth - 1);
                }
            }
            opened.forEach(WordsTest::close);
        }
    }

    private static List<Component> dialogs() {
        List<Component> found = new ArrayList<>(LocatorJ._find(Dialog.class));
        found.addAll(LocatorJ._find(ConfirmDialog.class));
        return found;
    }

    private static void close(Component dialog) {
        if (dialog instanceof Dialog d) {
            d.close();
        } else if (dialog instanceof ConfirmDialog c) {
            c.close();
        }
    }

    /** Rendered cells: a component cell read element by element, a template cell by the values it shows. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> void checkRenderedCell(String where, Grid.Column<T> column, T item) {
        Renderer<T> renderer = column.getRenderer();
        if (renderer instanceof ComponentRenderer componentRenderer) {
            Component cell = componentRenderer.createComponent(item);
            if (cell != null) {
                check(where, cell.getElement());
                for (Component c : all(cell)) {
                    checkComponent(where, c);
                    if (c instanceof Button b) {
                        cellButtons.add(b);
                    }
                }
            }
        } else if (renderer instanceof LitRenderer<T> lit) {
            lit.getValueProviders().forEach((name, provider) -> {
                if (!STYLING.matcher(name).matches() && provider.apply(item) instanceof String text) {
                    checkText(where, text);
                }
            });
        }
    }

    private <T> void checkGrid(String where, Grid<T> grid) {
        List<Grid.Column<T>> columns = grid.getColumns();
        int rows;
        try {
            rows = Math.min(GridKt._size(grid), 3);
        } catch (RuntimeException e) {
            rows = 0;
        }
        for (int r = 0; r < rows; r++) {
            T item;
            try {
                item = GridKt._get(grid, r);
            } catch (RuntimeException e) {
                continue;
            }
            for (Grid.Column<T> column : columns) {
                try {
                    checkRenderedCell(where, column, item);
                } catch (RuntimeException e) {
                    problems.computeIfAbsent(where, k -> new TreeSet<>())
                            .add("a cell of \"" + column.getHeaderText() + "\" threw " + e);
                }
                String cell;
                try {
                    // cell by cell: one column Karibu cannot format must not hide the others
                    cell = column.getRenderer() instanceof LitRenderer<T> lit && chooses(lit)
                            ? String.valueOf(lit.getValueProviders().get("text").apply(item))
                            : shownText(GridKt._getFormatted(column, item));
                } catch (RuntimeException e) {
                    continue;
                }
                String header = column.getHeaderText();
                // the audit trail's stored data keeps its codes and what users typed; its words are checked
                checkText(where, "stored-data".equals(column.getKey()) ? CODE.matcher(cell).replaceAll("") : cell);
                if (header == null || header.isBlank() || cell.isEmpty()) {
                    continue;
                }
                String kind = DATE.matcher(cell).matches() ? "DATE" : NUMBER.matcher(cell).matches() ? "NUMBER" : null;
                if ("NUMBER".equals(kind) && DATE_HEADER.matcher(header).lookingAt()) {
                    // "Ngày tiếp nhận" over a count: the dossier list's date key reused for the breakdown's counts
                    problems.computeIfAbsent(where, k -> new TreeSet<>())
                            .add("header \"" + header + "\" names a date over the count " + cell);
                }
                if (kind != null) {
                    headerKinds.computeIfAbsent(header, k -> new TreeSet<>()).add(kind);
                    headerWhere.computeIfAbsent(header, k -> new LinkedHashSet<>()).add(kind + " " + where);
                }
            }
        }
        columns.forEach(col -> checkText(where, col.getHeaderText()));
    }

    /**
     * A template that chooses its element (a link or plain text: the overview's alarm counts) shows its
     * {@code text} value; Karibu would give the template's code around it.
     */
    private static boolean chooses(LitRenderer<?> lit) {
        return com.github.mvysny.kaributools.RenderersKt.getTemplate(lit).contains("html`")
                && lit.getValueProviders().containsKey("text");
    }

    private static final Pattern COMPONENT_CELL = Pattern.compile("(?s)\\w+\\[(?:text='(.*?)')?.*\\]");

    /** Karibu writes a component cell as "Span[text='Quá hạn', @theme='badge error']": only the text is shown. */
    static String shownText(String cell) {
        if (cell == null) {
            return "";
        }
        Matcher m = COMPONENT_CELL.matcher(cell.strip());
        if (m.matches()) {
            return m.group(1) == null ? "" : m.group(1).strip();
        }
        return cell.strip();
    }

    private void checkChart(String where, JsonNode option) {
        checkText(where, option.path("title").path("text").asString(""));
        checkText(where, option.path("title").path("subtext").asString(""));
        option.path("series").forEach(s -> checkText(where, s.path("name").asString("")));
        option.path("graphic").forEach(g -> checkText(where, g.path("style").path("text").asString("")));
    }

    void checkText(String where, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Set<String> found = new LinkedHashSet<>(problemsIn(text));
        if (!found.isEmpty()) {
            problems.computeIfAbsent(where, k -> new TreeSet<>()).add(found + " in \"" + abbreviate(text) + "\"");
        }
    }

    /** What is wrong with one shown text: a missing key, an unfilled placeholder, English, an enum code. */
    static List<String> problemsIn(String text) {
        List<String> found = new ArrayList<>();
        if (text.startsWith("!") || text.contains(" !") || text.matches("(?s).*![a-z]+[.-][a-z].*")) {
            found.add("missing key");
        }
        if (text.matches("(?s).*\\{\\d}.*")) {
            found.add("unfilled placeholder");
        }
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            if (!ACRONYMS.contains(code.group())) {
                found.add("code " + code.group());
            }
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (ENGLISH.contains(word.group().toLowerCase(java.util.Locale.ROOT))) {
                found.add("English \"" + word.group() + "\"");
            }
        }
        return found;
    }

    private static String abbreviate(String text) {
        return text.length() > 90 ? text.substring(0, 90) + "…" : text;
    }
}
