package vn.camau.reform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;

import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.dossier.ui.LateAlertsView;

/**
 * Issue 18: the unit picker found "An Xuyên" but not "an xuyen" or "xuyen", and said nothing when
 * nothing matched; the alerts' filters showed "!open-timing.null" and "!channel.null" as defaults.
 */
class PickersTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static ComboBox<ReportUnit> unitPicker() {
        return LocatorJ._get(ComboBox.class, spec -> spec.withLabel("Đơn vị"));
    }

    @Test
    void theUnitPickerFindsAUnitWithoutDiacriticsAndInAnyCase() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(LateAlertsView.class);
        ComboBox<ReportUnit> unit = unitPicker();
        assertThat(unit).isInstanceOf(Picker.class);
        for (String typed : List.of("An Xuyên", "an xuyen", "xuyen", "AN XUYÊN", "xuyên an")) {
            ComboBoxKt.setUserInput(unit, typed);
            assertThat(ComboBoxKt.getSuggestions(unit)).as(typed).contains("Phường An Xuyên");
        }
    }

    @Test
    void aPickerSaysWhenNothingMatchesAndStopsSayingItWhenSomethingDoes() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(LateAlertsView.class);
        ComboBox<ReportUnit> unit = unitPicker();
        ComboBoxKt.setUserInput(unit, "zzqx");
        assertThat(ComboBoxKt.getSuggestions(unit)).isEmpty();
        MockVaadin.clientRoundtrip(false);
        assertThat(unit.getHelperText()).isEqualTo("Không tìm thấy mục nào khớp với “zzqx”");
        ComboBoxKt.setUserInput(unit, "xuyen");
        assertThat(ComboBoxKt.getSuggestions(unit)).isNotEmpty();
        MockVaadin.clientRoundtrip(false);
        assertThat(unit.getHelperText()).isNullOrEmpty();
    }

    @Test
    void everyPickerOfUnitsOfficersProceduresAndFieldsIsTheOnePicker() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(LateAlertsView.class);
        assertThat(LocatorJ._find(ComboBox.class)).isNotEmpty().allSatisfy(c -> assertThat(c).isInstanceOf(Picker.class));
        loginAs("chanhthanhtra");
        UI.getCurrent().navigate("hotline");
        assertThat(LocatorJ._find(ComboBox.class)).isNotEmpty().allSatisfy(c -> assertThat(c).isInstanceOf(Picker.class));
    }

    @Test
    void aPickerFedOnDemandReadsItsItemsOnlyWhenSearchedAndOnce() {
        loginAs("lanhdao.tinh");
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        Picker<String> picker = new Picker<>("Cán bộ");
        UI.getCurrent().add(picker);
        picker.setItemsOnDemand(() -> {
            reads.incrementAndGet();
            return List.of("Trần Văn An", "Lê Thị Bình", "Nguyễn Văn Đông");
        });
        MockVaadin.clientRoundtrip(false);
        assertThat(reads).as("nothing read before the picker is searched").hasValue(0);
        ComboBoxKt.setUserInput(picker, "van");
        assertThat(ComboBoxKt.getSuggestions(picker)).containsExactly("Trần Văn An", "Nguyễn Văn Đông");
        ComboBoxKt.setUserInput(picker, "dong nguyen");
        assertThat(ComboBoxKt.getSuggestions(picker)).containsExactly("Nguyễn Văn Đông");
        ComboBoxKt.setUserInput(picker, "zzqx");
        assertThat(ComboBoxKt.getSuggestions(picker)).isEmpty();
        MockVaadin.clientRoundtrip(false);
        assertThat(picker.getHelperText()).isEqualTo("Không tìm thấy mục nào khớp với “zzqx”");
        assertThat(reads).as("read once, then kept").hasValue(1);
    }

    @Test
    void theAlertsOfficerPickerFindsAnOfficerOfTheChosenUnitWithoutDiacritics() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(LateAlertsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<vn.camau.reform.officer.OfficerInfo> officer =
                LocatorJ._get(ComboBox.class, spec -> spec.withLabel("Cán bộ"));
        List<String> all = ComboBoxKt.getSuggestions(officer);
        assertThat(all).isNotEmpty();
        String shown = all.getFirst();
        String name = shown.substring(0, shown.indexOf(" – "));
        assertThat(name).as("a name with diacritics to leave out").isNotEqualTo(SearchText.fold(name));
        ComboBoxKt.setUserInput(officer, SearchText.fold(name));
        assertThat(ComboBoxKt.getSuggestions(officer)).contains(shown).allMatch(s -> Picker.matches(s, name));
    }

    @Test
    void matchingFoldsDiacriticsAndNeedsEveryWord() {
        assertThat(Picker.matches("Phường An Xuyên", "an xuyen")).isTrue();
        assertThat(Picker.matches("Phường An Xuyên", "xuyen")).isTrue();
        assertThat(Picker.matches("Sở Tài nguyên và Môi trường", "moi truong tai")).isTrue();
        assertThat(Picker.matches("Xã Đầm Dơi", "dam doi")).isTrue();
        assertThat(Picker.matches("Phường An Xuyên", "an lac")).isFalse();
    }

    @Test
    void theAlertFiltersNameTheirEmptyChoiceInWords() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(LateAlertsView.class);
        @SuppressWarnings("unchecked")
        List<Select<Object>> selects = (List<Select<Object>>) (List<?>) LocatorJ._find(Select.class);
        List<String> emptyLabels = selects.stream().filter(Select::isEmptySelectionAllowed)
                .map(s -> s.getItemLabelGenerator().apply(null)).toList();
        assertThat(emptyLabels).hasSize(2).noneMatch(l -> l.startsWith("!"))
                .contains("Tất cả");
    }
}
