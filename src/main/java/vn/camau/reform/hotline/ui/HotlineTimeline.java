package vn.camau.reform.hotline.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineEvent;
import vn.camau.reform.hotline.OfficerAction;
import vn.camau.reform.hotline.Satisfaction;

/** The report's history: who did what and when, with what changed. A few rows, shown whole. */
class HotlineTimeline extends Grid<HotlineEvent> {

    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z][A-Z_]+\\b");
    private static final Map<String, String> LABEL_KEYS = labelKeys();

    HotlineTimeline(List<HotlineEvent> events) {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(e -> VnFormats.dateTime(e.actedAt())).setHeader(getTranslation("hotline.history.at"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> getTranslation(e.action().labelKey())).setHeader(getTranslation("hotline.history.action"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(HotlineEvent::userName).setHeader(getTranslation("hotline.history.user")).setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(e -> {
            Span details = new Span(details(e));
            details.getStyle().set("white-space", "pre-wrap");
            return details;
        }).setHeader(getTranslation("hotline.history.details")).setFlexGrow(1);
        setItems(events);
        setAllRowsVisible(true);
    }

    /**
     * The service records its own changes with the enums' names ("FOUNDED / REVIEW", "Loại: ATTITUDE
     * → COMPLAINT"): those lines are shown with the labels. Typed text (notes, answers) is left alone.
     */
    private String details(HotlineEvent e) {
        String d = e.details() == null ? "" : e.details();
        return switch (e.action()) {
            case SATISFACTION, EDITED -> labels(d);
            case CONCLUDED -> {
                int nl = d.indexOf('\n');
                yield nl < 0 ? labels(d) : labels(d.substring(0, nl)) + d.substring(nl);
            }
            case REOPENED -> {
                int last = d.lastIndexOf('\n');
                yield last >= 0 && d.startsWith("Kết luận trước:", last + 1)
                        ? d.substring(0, last + 1) + labels(d.substring(last + 1)) : d;
            }
            default -> d;
        };
    }

    private String labels(String line) {
        Matcher m = ENUM_NAME.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = LABEL_KEYS.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(key == null ? m.group() : getTranslation(key)));
        }
        m.appendTail(out);
        return out.toString();
    }

    void show(List<HotlineEvent> events) {
        setItems(events);
    }

    private static Map<String, String> labelKeys() {
        Map<String, String> keys = new HashMap<>();
        for (HotlineCategory c : HotlineCategory.values()) {
            keys.put(c.name(), c.labelKey());
        }
        for (Satisfaction s : Satisfaction.values()) {
            keys.put(s.name(), s.labelKey());
        }
        for (Conclusion c : Conclusion.values()) {
            keys.put(c.name(), c.labelKey());
        }
        for (OfficerAction a : OfficerAction.values()) {
            keys.put(a.name(), a.labelKey());
        }
        return Map.copyOf(keys);
    }
}
