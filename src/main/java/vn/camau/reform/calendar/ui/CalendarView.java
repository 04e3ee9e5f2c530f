package vn.camau.reform.calendar.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.calendar.CalendarDay;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;
import vn.camau.reform.base.ui.DialogOpener;

/**
 * The year's days off and make-up Saturdays, which every deadline counts with. Everyone may read
 * it; administrators edit it when the government announces the schedule.
 */
@Route("calendar")
@Menu(title = "nav.calendar", order = 80, icon = "vaadin:calendar")
@PermitAll
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final transient CalendarService calendar;
    private final Grid<CalendarDay> grid = new Grid<>();
    private final Select<Integer> year = new Select<>();

    CalendarView(CalendarService calendar, CurrentUser currentUser) {
        this.calendar = calendar;
        setSizeFull();
        boolean admin = currentUser.may(Permission.EDIT_CALENDAR);

        int thisYear = LocalDate.now().getYear();
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(thisYear - 3, thisYear - 2, thisYear - 1, thisYear, thisYear + 1);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());

        Button add = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(),
                e -> new CalendarDayDialog(calendar, null, this::refresh).open());
        DialogOpener.mark(add);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(admin);
        HorizontalLayout toolbar = new HorizontalLayout(year, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(d -> VnFormats.date(d.day())).setHeader(getTranslation("calendar.col.day"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> getTranslation("weekday." + d.day().getDayOfWeek())).setHeader(getTranslation("calendar.col.weekday"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> getTranslation(d.kind().labelKey())).setHeader(getTranslation("calendar.col.kind"))
                .setAutoWidth(true);
        grid.addColumn(CalendarDay::name).setHeader(getTranslation("calendar.col.name")).setFlexGrow(3);
        grid.addColumn(d -> getTranslation(d.confidence().labelKey()))
                .setHeader(getTranslation("calendar.col.confidence")).setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(d -> new HorizontalLayout(
                    iconButton(VaadinIcon.EDIT, "calendar.edit",
                            () -> new CalendarDayDialog(calendar, d, this::refresh).open()),
                    iconButton(VaadinIcon.TRASH, "calendar.delete", () -> delete(d))))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setSizeFull();
        add(toolbar, new WorkingDayCalculator(calendar), grid);
        refresh();
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private void delete(CalendarDay day) {
        calendar.delete(day.day());
        refresh();
        Notifications.success(getTranslation("calendar.deleted", VnFormats.date(day.day())));
    }

    private void refresh() {
        grid.setItems(calendar.findDays(year.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar");
    }

}
