package vn.camau.reform.dashboard.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.MONTHLY_REPORT;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.dashboard.report.MonthlyReport;
import vn.camau.reform.ui.KaribuTest;

/**
 * A leader writes a report from the screen and finds it listed with its files; a bad period is said in a
 * notification and nothing is stored; an inspector reads but is not offered to write; a desk officer is
 * turned away; a commune's leader does not see the province's reports.
 */
class MonthlyReportsViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;

    @BeforeEach
    @AfterEach
    void noReports() {
        dsl.deleteFrom(MONTHLY_REPORT).execute();
    }

    private void open() {
        UI.getCurrent().navigate(MonthlyReportsView.class);
    }

    @SuppressWarnings("unchecked")
    private static List<MonthlyReport> rows() {
        Grid<MonthlyReport> grid = LocatorJ._get(Grid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static Button generate() {
        return LocatorJ._get(Button.class, spec -> spec.withText("Lập báo cáo"));
    }

    @SuppressWarnings("unchecked")
    private static void choose(int year, int month) {
        HasValueUtilsKt._setValue(LocatorJ._get(IntegerField.class, spec -> spec.withLabel("Năm")), year);
        Select<Integer> part = LocatorJ._get(Select.class, spec -> spec.withLabel("Tháng"));
        HasValueUtilsKt._setValue(part, month);
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .flatMap(n -> Stream.concat(Stream.of(n.getElement().getProperty("text", "")),
                        LocatorJ._find(n, Span.class).stream().map(Span::getText)))
                .toList();
    }

    @Test
    void aProvinceLeaderWritesLastMonthsReportAndFindsItWithItsFiles() {
        loginAs("lanhdao.tinh");
        open();
        YearMonth last = YearMonth.now().minusMonths(1);
        choose(last.getYear(), last.getMonthValue());
        ButtonKt._click(generate());

        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("Đã lập báo cáo"));
        List<MonthlyReport> rows = rows();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.unitName()).isEqualTo("Tỉnh Cà Mau");
            assertThat(r.periodStart()).isEqualTo(last.atDay(1));
            assertThat(r.generatedBy()).isEqualTo("Nguyễn Văn Tỉnh");
        });
        Grid<?> grid = LocatorJ._get(Grid.class);
        assertThat(LocatorJ._find(GridKt._getCellComponent(grid, 0, "files"), Anchor.class).stream()
                .map(Anchor::getText)).containsExactly("PDF", "DOCX");
    }

    @Test
    void aMonthNotBegunOrBefore2023IsRefusedWithAMessageAndNothingIsStored() {
        loginAs("lanhdao.tinh");
        open();
        YearMonth next = YearMonth.now().plusMonths(1);
        choose(next.getYear(), next.getMonthValue());
        ButtonKt._click(generate());
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("Kỳ này chưa bắt đầu"));

        choose(2022, 12);
        ButtonKt._click(generate());
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("trước năm 2023"));

        assertThat(dsl.fetchCount(MONTHLY_REPORT)).isZero();
        assertThat(rows()).isEmpty();
    }

    @Test
    void anInspectorReadsTheListButIsNotOfferedToWrite() {
        loginAs("lanhdao.tinh");
        open();
        YearMonth last = YearMonth.now().minusMonths(1);
        choose(last.getYear(), last.getMonthValue());
        ButtonKt._click(generate());

        loginAs("thanhtra");
        open();
        assertThat(rows()).hasSize(1);
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Lập báo cáo"))).isEmpty();
    }

    @Test
    void aCommuneLeaderDoesNotSeeTheProvincesReport() {
        loginAs("lanhdao.tinh");
        open();
        YearMonth last = YearMonth.now().minusMonths(1);
        choose(last.getYear(), last.getMonthValue());
        ButtonKt._click(generate());

        loginAs("lanhdao.anxuyen");
        open();
        assertThat(rows()).isEmpty();
    }

    @Test
    void aDeskOfficerIsTurnedAway() {
        loginAs("motcua.anxuyen");
        open();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(LocatorJ._find(Notification.class)).isEmpty();
    }
}
