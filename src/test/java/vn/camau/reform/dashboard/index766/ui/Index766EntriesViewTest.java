package vn.camau.reform.dashboard.index766.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.INDEX766_MANUAL_ENTRY;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.dashboard.index766.IndexEntry;
import vn.camau.reform.dashboard.index766.SubIndicatorRule;
import vn.camau.reform.ui.KaribuTest;
import vn.camau.reform.ui.Menu;

/** The administrator's screen for the 766 figures entered by hand: entering, bad input, who may open it. */
@Transactional // each test rolls back what it entered
class Index766EntriesViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    AdminUnitService units;

    private Dialog openDialog() {
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText("Nhập số liệu")));
        return LocatorJ._get(Dialog.class);
    }

    @SuppressWarnings("unchecked")
    private void fill(Dialog dialog, String indicatorName, String percent, String note) {
        ComboBox<ReportUnit> unit = LocatorJ._get(dialog, ComboBox.class, spec -> spec.withLabel("Đơn vị"));
        HasValueUtilsKt._setValue(unit, units.find(1).orElseThrow());
        Select<SubIndicatorRule> indicator = LocatorJ._get(dialog, Select.class,
                spec -> spec.withLabel("Chỉ số thành phần"));
        SubIndicatorRule rule = indicator.getListDataView().getItems()
                .filter(r -> dialog.getTranslation(r.nameKey()).equals(indicatorName)).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(indicator, rule);
        if (percent != null) {
            HasValueUtilsKt._setValue(LocatorJ._get(dialog, BigDecimalField.class, spec -> spec.withLabel("Tỷ lệ")),
                    new BigDecimal(percent));
        }
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, TextArea.class), note);
    }

    private static void save(Dialog dialog) {
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Lưu")));
    }

    @SuppressWarnings("unchecked")
    private static Grid<IndexEntry> grid() {
        return LocatorJ._get(Grid.class);
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + texts(n)).toList();
    }

    private static String texts(Component c) {
        String own = c instanceof HasText t ? t.getText() : "";
        return own + String.join(" ", c.getChildren().map(Index766EntriesViewTest::texts).toList());
    }

    @Test
    void anAdministratorEntersAFigureWithItsNoteAndSeesItListed() {
        loginAs("admin");
        UI.getCurrent().navigate("index766/entries");
        assertThat(Menu.labels())
                .contains("Số liệu 766 nhập tay");
        assertThat(GridKt._size(grid())).isZero();

        Dialog dialog = openDialog();
        fill(dialog, "Thủ tục hành chính được công khai đúng hạn", "95.5", "Báo cáo Cổng DVCQG");
        save(dialog);

        assertThat(notifications()).anyMatch(t -> t.contains("Đã lưu số liệu nhập tay"));
        assertThat(GridKt._size(grid())).isEqualTo(1);
        IndexEntry row = GridKt._get(grid(), 0);
        assertThat(row.note()).isEqualTo("Báo cáo Cổng DVCQG");
        assertThat(row.enteredBy()).isEqualTo("admin");
        assertThat(row.percent()).isEqualByComparingTo("95.5");
    }

    @Test
    void countsMayBeEnteredInsteadOfAPercentage() {
        loginAs("admin");
        UI.getCurrent().navigate("index766/entries");
        Dialog dialog = openDialog();
        fill(dialog, "Hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia", null, "Thống kê đồng bộ");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> form = LocatorJ._get(dialog, RadioButtonGroup.class);
        HasValueUtilsKt._setValue(form, form.getListDataView().getItems().toList().get(1));
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, IntegerField.class, spec -> spec.withLabel("Tử số")), 45);
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, IntegerField.class, spec -> spec.withLabel("Mẫu số")), 50);
        save(dialog);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).ratio().value()).isEqualTo(0.9);
    }

    @Test
    void badInputGetsAVietnameseMessageAndNothingIsSaved() {
        loginAs("admin");
        UI.getCurrent().navigate("index766/entries");
        int before = dsl.fetchCount(INDEX766_MANUAL_ENTRY);
        Dialog dialog = openDialog();
        fill(dialog, "Thủ tục hành chính được công khai đúng hạn", "120", "Báo cáo Cổng DVCQG");
        save(dialog);
        assertThat(notifications()).anyMatch(t -> t.contains("Tỷ lệ 120% không hợp lệ: phải từ 0 đến 100%."));
        assertThat(dialog.isOpened()).as("the dialog keeps what was typed").isTrue();

        HasValueUtilsKt._setValue(LocatorJ._get(dialog, BigDecimalField.class, spec -> spec.withLabel("Tỷ lệ")),
                new BigDecimal("90"));
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, TextArea.class), "  ");
        save(dialog);
        assertThat(notifications()).anyMatch(t -> t.contains("Vui lòng ghi chú nguồn số liệu"));
        assertThat(dsl.fetchCount(INDEX766_MANUAL_ENTRY)).isEqualTo(before);
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void onlyTheSubIndicatorsNotComputableHereAreOffered() {
        loginAs("admin");
        UI.getCurrent().navigate("index766/entries");
        Dialog dialog = openDialog();
        @SuppressWarnings("unchecked")
        Select<SubIndicatorRule> indicator = LocatorJ._get(dialog, Select.class,
                spec -> spec.withLabel("Chỉ số thành phần"));
        assertThat(indicator.getListDataView().getItems().map(SubIndicatorRule::code))
                .contains("PUBLISHED_ON_TIME", "CERTIFIED_COPIES").doesNotContain("RESOLVED_ON_TIME", "PAID_ONLINE");
    }

    @Test
    void aLeaderCannotOpenTheScreen() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("index766/entries");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(Menu.labels())
                .doesNotContain("Số liệu 766 nhập tay");
    }
}
