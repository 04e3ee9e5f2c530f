package vn.camau.reform.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import vn.camau.reform.ui.KaribuTest;

/** Everyone reads the calendar; only administrators are offered to change it. */
class CalendarViewTest extends KaribuTest {

    @Test
    void anAdministratorMayAddDays() {
        loginAs("admin");
        UI.getCurrent().navigate(CalendarView.class);
        assertThat(LocatorJ._get(Button.class, spec -> spec.withText("Thêm ngày")).isVisible()).isTrue();
    }

    @Test
    void aLeaderReadsButIsNotOfferedToEdit() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(CalendarView.class);
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Thêm ngày"))).allMatch(b -> !b.isVisible());
    }
}
