package vn.camau.reform.dashboard.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;

import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.adminunit.ui.DrillState;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.ui.PeriodSelector;
import vn.camau.reform.base.text.VnFormats;

/**
 * The head of a drill-down page (the overview, the 766 view): the trail of units, the title, the
 * period selector and, at the province, the choice of unit tree. One place, so the two pages move
 * through units, periods and trees alike.
 */
public final class DrillHeader {

    private DrillHeader() {
    }

    /** The trail down to the focus; each unit above it opens the same page there. */
    public static Div trail(List<ReportUnit> units, ReportUnit focus, Class<? extends Component> page,
                            DrillState here) {
        Div trail = new Div();
        trail.addClassName("breadcrumb");
        for (ReportUnit u : units) {
            if (u.id() == focus.id()) {
                trail.add(new Span(u.name()));
            } else {
                RouterLink link = new RouterLink(u.name(), page);
                link.setQueryParameters(here.withUnit(u.id()).toQuery());
                trail.add(link, new Span(" › "));
            }
        }
        return trail;
    }

    /**
     * The title (said to be of a former unit when it is one) beside the period selector, and the unit
     * tree at the province; a change of either goes to {@code go}.
     */
    public static HorizontalLayout of(VerticalLayout title, ReportUnit focus, LocalDate today, Period period,
                                      UnitStructure structure, DrillState here, Consumer<DrillState> go) {
        title.setPadding(false);
        title.setSpacing(false);
        title.addClassName("overview-title");
        if (focus.isFormer()) {
            title.add(new Paragraph(title.getTranslation("overview.former-unit", VnFormats.date(focus.validTo()))));
        }
        PeriodSelector selector = new PeriodSelector(today);
        selector.setPeriod(period);
        selector.addPeriodListener(p -> go.accept(here.withPeriod(p)));
        HorizontalLayout header = new HorizontalLayout(title, selector);
        header.addClassName("overview-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.END);
        header.setFlexGrow(1, title);
        if (focus.level() == UnitLevel.PROVINCE) {
            RadioButtonGroup<UnitStructure> tree = new RadioButtonGroup<>(title.getTranslation("overview.tree"));
            tree.setItems(UnitStructure.values());
            tree.setItemLabelGenerator(s -> title.getTranslation(s.labelKey()));
            tree.setValue(structure);
            tree.addValueChangeListener(e -> go.accept(here.withStructure(e.getValue())));
            header.add(tree);
        }
        return header;
    }
}
