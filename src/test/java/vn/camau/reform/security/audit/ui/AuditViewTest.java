package vn.camau.reform.security.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.jooq.tables.records.AuditEntryRecord;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEntries;
import vn.camau.reform.security.audit.AuditRecord;
import vn.camau.reform.security.audit.AuditUnit;
import vn.camau.reform.security.audit.repository.AuditRepository;
import vn.camau.reform.security.repository.UserRepository;
import vn.camau.reform.ui.KaribuTest;
import vn.camau.reform.ui.Menu;

/**
 * The audit view: administrators and auditors read the trail of their unit and below, narrowed by
 * user, action, days and unit; nobody else opens it; exporting it is itself on the trail.
 */
class AuditViewTest extends KaribuTest {

    /** Phường An Xuyên. */
    private static final long AN_XUYEN = 100;
    private static final String PROVINCE_AUDITOR = "kiemtoan.tinh";
    private static final String COMMUNE_AUDITOR = "kiemtoan.anxuyen";

    @Autowired
    AuditRepository repository;
    @Autowired
    AuditEntries entries;
    @Autowired
    UserRepository accounts;
    @Autowired
    DSLContext dsl;

    /** This run's actors' common prefix: the trail is shared and append-only, so each run is told apart. */
    String run;
    long province;
    long sibling;

    @BeforeEach
    void seed() {
        createAuditor(PROVINCE_AUDITOR, "96");
        createAuditor(COMMUNE_AUDITOR, "32002");
        province = accounts.findCurrentUnitId("96").orElseThrow();
        sibling = dsl.select(ADMIN_UNIT.ID).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.PARENT_ID.eq(province), ADMIN_UNIT.VALID_TO.isNull(), ADMIN_UNIT.ID.ne(AN_XUYEN))
                .limit(1).fetchSingle(ADMIN_UNIT.ID);
        run = "av" + Long.toString(System.nanoTime(), 36) + ".";
        append(LocalDateTime.of(2026, 3, 10, 9, 0), run + "motcua", AuditAction.EXPORTED, AN_XUYEN);
        append(LocalDateTime.of(2026, 3, 12, 10, 0), run + "quantri", AuditAction.SETTING_CHANGED, province);
        append(LocalDateTime.of(2026, 4, 1, 8, 0), run + "motcua", AuditAction.SIGN_IN, AN_XUYEN);
        append(LocalDateTime.of(2026, 4, 2, 23, 59), run + "khongco", AuditAction.SIGN_IN_FAILED, null);
        append(LocalDateTime.of(2026, 4, 3, 7, 0), run + "xakhac", AuditAction.SIGN_IN, sibling);
    }

    @AfterEach
    void noRequest() {
        AuditEntries.noRequest();
    }

    private void createAuditor(String username, String unitCode) {
        if (!accounts.exists(username)) {
            accounts.insert(username, "{noop}not-used", "Kiểm toán viên", accounts.findCurrentUnitId(unitCode)
                    .orElseThrow(), Set.of(Role.AUDITOR));
        }
    }

    private void append(LocalDateTime at, String actor, AuditAction action, Long unitId) {
        repository.append(at, null, actor, "10.1.2.3", action, "ACCOUNT", null, unitId,
                null, "{\"method\":\"FORM\"}");
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditRecord> grid() {
        return LocatorJ._get(Grid.class);
    }

    private static List<String> shownActors() {
        Grid<AuditRecord> grid = grid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).actorName())
                .toList();
    }

    private void openAs(String username) {
        loginAs(username);
        UI.getCurrent().navigate("audit");
        HasValueUtilsKt._setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("Người thực hiện")), run);
    }

    @Test
    void aProvinceAuditorSeesTheWholeProvinceNewestFirstAndNarrowsIt() {
        openAs(PROVINCE_AUDITOR);
        assertThat(shownActors()).containsExactly(run + "xakhac", run + "khongco", run + "motcua", run + "quantri",
                run + "motcua");

        @SuppressWarnings("unchecked")
        Select<AuditAction> action = LocatorJ._get(Select.class, spec -> spec.withLabel("Hành động"));
        HasValueUtilsKt._setValue(action, AuditAction.SIGN_IN);
        assertThat(shownActors()).containsExactly(run + "xakhac", run + "motcua");
        HasValueUtilsKt._setValue(action, null);

        DatePicker from = LocatorJ._get(DatePicker.class, spec -> spec.withLabel("Từ ngày"));
        DatePicker to = LocatorJ._get(DatePicker.class, spec -> spec.withLabel("Đến ngày"));
        HasValueUtilsKt._setValue(from, LocalDate.of(2026, 4, 1));
        HasValueUtilsKt._setValue(to, LocalDate.of(2026, 4, 2));
        // the whole last day counts, up to 23:59
        assertThat(shownActors()).containsExactly(run + "khongco", run + "motcua");
        HasValueUtilsKt._setValue(from, null);
        HasValueUtilsKt._setValue(to, null);

        @SuppressWarnings("unchecked")
        ComboBox<AuditUnit> unit = LocatorJ._get(ComboBox.class, spec -> spec.withLabel("Đơn vị"));
        HasValueUtilsKt._setValue(unit, unit.getListDataView().getItems().filter(u -> u.id() == AN_XUYEN)
                .findFirst().orElseThrow());
        assertThat(shownActors()).containsExactly(run + "motcua", run + "motcua");

        HasValueUtilsKt._setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("Người thực hiện")),
                run + "quantri");
        assertThat(shownActors()).isEmpty();
    }

    @Test
    void aCommuneAuditorSeesOnlyTheirCommune() {
        openAs(COMMUNE_AUDITOR);
        // not the province's setting, not the sibling commune, not the unknown name (it has no unit)
        assertThat(shownActors()).containsExactly(run + "motcua", run + "motcua");
        @SuppressWarnings("unchecked")
        ComboBox<AuditUnit> unit = LocatorJ._get(ComboBox.class, spec -> spec.withLabel("Đơn vị"));
        assertThat(unit.getListDataView().getItems().map(AuditUnit::id)).doesNotContain(province, sibling);
    }

    @Test
    void onlyAdministratorsAndAuditorsAreOfferedAndShownIt() {
        for (String username : List.of("lanhdao.tinh", "thanhtra", "nhansu", "motcua.anxuyen")) {
            loginAs(username);
            assertThat(Menu.labels()).as(username)
                    .doesNotContain("Nhật ký hệ thống");
            UI.getCurrent().navigate("audit");
            assertThat(UI.getCurrent().getCurrentView()).as(username).isInstanceOf(AccessDeniedView.class);
            assertThat(LocatorJ._find(Grid.class)).as(username).isEmpty();
        }
        loginAs(PROVINCE_AUDITOR);
        UI.getCurrent().navigate("audit");
        assertThat(Menu.labels()).contains("Nhật ký hệ thống");
    }

    @Test
    void exportingTheTrailIsItselfOneEntryWithTheFilterAndTheRowCount() throws Exception {
        openAs("admin");
        AuditEntries.requestFrom("10.99.0.5");
        long mark = entries.mark();

        byte[] csv = DownloadKt._download(LocatorJ._get(Anchor.class, spec -> spec.withText("Xuất CSV")));

        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(1 + 5);
        assertThat(rows.get(1).get(1)).isEqualTo(run + "xakhac");

        AuditEntryRecord e = entries.only(mark, AuditAction.EXPORTED);
        assertThat(e.getActorName()).isEqualTo("admin");
        assertThat(e.getClientIp()).isEqualTo("10.99.0.5");
        assertThat(e.getObjectType()).isEqualTo("EXPORT");
        assertThat(e.getObjectId()).isEqualTo("audit");
        assertThat(e.getUnitId()).isEqualTo(province);
        @SuppressWarnings("unchecked")
        Map<String, Object> after = JsonMapper.builder().build().readValue(e.getAfterState(), Map.class);
        assertThat(after).containsEntry("view", "audit").containsEntry("format", "CSV").containsEntry("rows", 5)
                .containsEntry("sheet", "Nhật ký hệ thống");
        assertThat((Map<String, Object>) after.get("filters")).containsEntry("actor", run);
    }

    private static String address() {
        return ((AuditView) UI.getCurrent().getCurrentView()).link();
    }

    @Test
    void theFiltersAreTheAddressSoALinkOrTheBackButtonReturnsToTheSearch() {
        openAs(PROVINCE_AUDITOR);
        assertThat(address()).startsWith("audit?").contains("actor=" + run);
        @SuppressWarnings("unchecked")
        Select<AuditAction> action = LocatorJ._get(Select.class, spec -> spec.withLabel("Hành động"));
        HasValueUtilsKt._setValue(action, AuditAction.SIGN_IN);
        assertThat(address()).contains("action=SIGN_IN");
        String bookmarked = address();

        // elsewhere, then the bookmark (as the back button would bring it): the same search, the same rows
        UI.getCurrent().navigate("");
        String query = bookmarked.substring(bookmarked.indexOf('?') + 1) + "&unit=" + AN_XUYEN + "&from=2026-04-01";
        UI.getCurrent().navigate("audit", com.vaadin.flow.router.QueryParameters.fromString(query));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AuditView.class);
        assertThat(LocatorJ._get(Select.class, spec -> spec.withLabel("Hành động")).getValue())
                .isEqualTo(AuditAction.SIGN_IN);
        assertThat(LocatorJ._get(TextField.class, spec -> spec.withLabel("Người thực hiện")).getValue()).isEqualTo(run);
        assertThat(LocatorJ._get(DatePicker.class, spec -> spec.withLabel("Từ ngày")).getValue())
                .isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(shownActors()).containsExactly(run + "motcua");

        // a link that cannot be read says so and shows everything rather than an error page
        UI.getCurrent().navigate("audit", com.vaadin.flow.router.QueryParameters.of("action", "NOT_AN_ACTION"));
        assertThat(LocatorJ._get(Select.class, spec -> spec.withLabel("Hành động")).getValue()).isNull();
    }

    @Test
    void aClickOnARowOpensTheWholeEntry() {
        openAs(PROVINCE_AUDITOR);
        GridKt._clickItem(grid(), 0);
        com.vaadin.flow.component.dialog.Dialog details =
                LocatorJ._get(com.vaadin.flow.component.dialog.Dialog.class);
        assertThat(details.getClassNames()).contains("audit-details");
        List<String> texts = LocatorJ._find(details, com.vaadin.flow.component.html.Div.class).stream()
                .map(d -> d.getElement().getText()).toList();
        assertThat(texts).contains(run + "xakhac", "10.1.2.3", "biểu mẫu đăng nhập", "03/04/2026 07:00:00");
        assertThat(texts).as("stored codes are shown in words").doesNotContain("FORM");
        assertThat(texts).anyMatch(t -> t.contains("SIGN_IN"));
    }
}
