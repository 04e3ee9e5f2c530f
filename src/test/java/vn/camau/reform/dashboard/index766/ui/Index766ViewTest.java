package vn.camau.reform.dashboard.index766.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.TestLogins;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.base.ui.chart.EChart;
import vn.camau.reform.dashboard.index766.BoardRow;
import vn.camau.reform.dashboard.index766.Index766Board;
import vn.camau.reform.dashboard.index766.IndexBoard;
import vn.camau.reform.dashboard.index766.Index766EntryService;
import vn.camau.reform.dashboard.index766.IndexEntryForm;
import vn.camau.reform.security.Permission;
import vn.camau.reform.security.Role;
import vn.camau.reform.ui.KaribuTest;

/** The 766 view: the board's figures on cards, grids, chart and export; periods, scope and roles. */
class Index766ViewTest extends KaribuTest {

    @Autowired
    Index766Board board;
    @Autowired
    Index766EntryService entries;

    private static final String YEAR_2025 = "period=YEAR&from=2025-01-01&to=2025-12-31";

    private static void open(String query) {
        UI.getCurrent().navigate(Index766View.ROUTE, QueryParameters.fromString(query));
    }

    private IndexBoard expected(Long unit) {
        TestLogins.loginAs(users, currentUser());
        return board.board(unit, Period.year(2025), UnitStructure.CURRENT);
    }

    private String who = "lanhdao.tinh";

    private String currentUser() {
        return who;
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String className) {
        return LocatorJ._find(Grid.class).stream().filter(g -> g.hasClassName(className)).findFirst()
                .orElseThrow(() -> new AssertionError("no grid " + className));
    }

    private static String cardText(String className) {
        return LocatorJ._get(Div.class, spec -> spec.withClasses(className)).getElement().getTextRecursively();
    }

    @Test
    @Transactional // the entry rolls back
    void aFigureEnteredByHandSaysSoWithWhoWhenAndWhyOnTheGridAndInItsExport() {
        loginAs("admin");
        entries.save(IndexEntryForm.percent(1, Period.month(YearMonth.of(2025, 3)), "PUBLISHED_ON_TIME",
                new BigDecimal("95.5"), "Báo cáo Cổng DVCQG tháng 3/2025"));
        loginAs("lanhdao.tinh");
        open("period=MONTH&from=2025-03-01&to=2025-03-31");
        LocatorJ._get(TabSheet.class).setSelectedIndex(0);
        Grid<SubIndicatorGrid.Line> indicators = grid("index766-indicators");
        List<String> published = GridKt._getFormattedRow(indicators, 0);
        assertThat(published).contains("Thủ tục hành chính được công khai đúng hạn", "Nhập tay", "95,50%");
        assertThat(String.join(" ", published)).contains("Nhập tay bởi admin lúc ", ": Báo cáo Cổng DVCQG tháng 3/2025")
                .doesNotContain("Cần dữ liệu công bố");
        // a computed one says so
        assertThat(GridKt._getFormattedRow(indicators, 4)).contains("Tính từ dữ liệu hồ sơ");
        Anchor csv = LocatorJ._get(LocatorJ._get(SubIndicatorGrid.class), Anchor.class, spec -> spec.withText("Xuất CSV"));
        assertThat(new String(DownloadKt._download(csv), StandardCharsets.UTF_8))
                .contains("Nguồn số liệu", "Nhập tay bởi admin lúc ");
    }

    @Test
    void theProvinceLeaderSeesTheBoardsFiguresOnCardsRankingIndicatorsAndChart() {
        IndexBoard b = expected(null);
        loginAs("lanhdao.tinh");
        open(YEAR_2025);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(Index766View.class);
        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("Chỉ số phục vụ người dân, doanh nghiệp – Tỉnh Cà Mau");
        // the total card: "51,40 / 68,00", Vietnamese decimals, the change against 2024
        assertThat(cardText("index766-total")).startsWith(IndexTexts.points(b.index().total()) + " / "
                        + IndexTexts.points(b.index().max()))
                .contains("Tổng điểm", "so với kỳ trước: " + IndexTexts.change(b.change()))
                .matches("(?s).*\\d+,\\d\\d / 68,00.*");
        List<String> groups = LocatorJ._find(Div.class, spec -> spec.withClasses("index766-group")).stream()
                .map(d -> d.getElement().getTextRecursively()).toList();
        assertThat(groups).hasSize(6);
        assertThat(groups.getFirst()).contains("Công khai, minh bạch", "Không tính được tại đây (tối đa 18,00 điểm)");
        assertThat(groups.get(1)).contains("Tiến độ giải quyết", " / 20,00");

        Grid<BoardRow> ranking = grid("index766-ranking");
        assertThat(GridKt._findAll(ranking)).extracting(r -> r.unit().id())
                .containsExactlyElementsOf(b.rows().stream().map(r -> r.unit().id()).toList());
        BoardRow worst = b.rows().getFirst();
        assertThat(GridKt._getFormattedRow(ranking, 0)).contains("1", worst.unit().name(),
                IndexTexts.points(worst.index().total()), IndexTexts.change(worst.change()));

        LocatorJ._get(TabSheet.class).setSelectedIndex(0);
        Grid<SubIndicatorGrid.Line> indicators = grid("index766-indicators");
        assertThat(GridKt._size(indicators)).isEqualTo(19);
        List<String> published = GridKt._getFormattedRow(indicators, 0);
        assertThat(published).contains("Thủ tục hành chính được công khai đúng hạn", "—");
        assertThat(String.join(" ", published)).contains("Cần dữ liệu công bố");
        int progress = 4;
        List<String> onTime = GridKt._getFormattedRow(indicators, progress);
        assertThat(onTime).contains("Hồ sơ giải quyết trước và đúng hạn",
                "(giải quyết trước hạn + đúng hạn) ÷ đã tiếp nhận", "20,00");
        var s = b.index().groups().get(1).indicators().getFirst();
        assertThat(onTime).contains(IndexTexts.ratio(s.ratio()), IndexTexts.count(s.ratio(), true));
        assertThat(GridKt._getCellComponent(indicators, progress, "score").getElement().getText())
                .isEqualTo(IndexTexts.points(s.score())).matches("\\d+,\\d\\d");
        // a sub-indicator without a score says why, on the "—" itself
        assertThat(GridKt._getCellComponent(indicators, 0, "score").getElement().getAttribute("title"))
                .startsWith("Cần dữ liệu công bố");
        assertThat(GridKt._getCellComponent(indicators, progress, "dossiers")).isInstanceOf(Anchor.class);
        assertThat(((Anchor) GridKt._getCellComponent(indicators, progress, "dossiers")).getHref())
                .startsWith("dossiers?").contains("status=LATE", "from=2025-01-01");

        EChart chart = LocatorJ._get(EChart.class, spec -> spec.withId("chart-index766-trend"));
        assertThat(chart.getOption()).contains("Năm 2023", "Năm 2025", "Tổng điểm");
        // no raw keys anywhere
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("index766.", "RESOLVED_ON_TIME");
    }

    @Test
    void theRankingExportsTheSameFiguresAndARowOpensTheUnit() {
        IndexBoard b = expected(null);
        loginAs("lanhdao.tinh");
        open(YEAR_2025);
        Anchor csv = LocatorJ._get(LocatorJ._get(RankingGrid.class), Anchor.class, spec -> spec.withText("Xuất CSV"));
        String text = new String(DownloadKt._download(csv), StandardCharsets.UTF_8);
        BoardRow worst = b.rows().getFirst();
        assertThat(text).contains("Hạng", "Tổng điểm", "Tỷ lệ đạt", "Thay đổi", "Tiến độ giải quyết");
        assertThat(text.lines().filter(l -> l.startsWith("1," + worst.unit().code() + ",")).findFirst().orElseThrow())
                .contains(worst.index().total().setScale(2).toPlainString());

        BoardRow drillable = b.rows().stream().filter(r -> r.drillable() && !r.unit().isFormer()).findFirst()
                .orElseThrow();
        Grid<BoardRow> ranking = grid("index766-ranking");
        GridKt._clickItem(ranking, b.rows().indexOf(drillable));
        assertThat(LocatorJ._get(H2.class).getText()).endsWith(drillable.unit().name());
    }

    @Test
    void aFuturePeriodFallsBackToThisYearWithAMessage() {
        loginAs("lanhdao.tinh");
        int next = board.today().getYear() + 1;
        open("period=YEAR&from=" + next + "-01-01&to=" + next + "-12-31");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text")).contains("Kỳ " + next + " chưa bắt đầu"));
        assertThat(LocatorJ._get(H2.class).getText()).contains("Tỉnh Cà Mau");
        open("period=YEAR&from=2022-01-01&to=2022-12-31");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text")).contains("trước ngày 01/01/2023"));
    }

    @Test
    void aCommuneLeaderSeesTheirCommuneAndNotTheProvince() {
        loginAs("lanhdao.anxuyen");
        open(YEAR_2025);
        assertThat(LocatorJ._get(H2.class).getText()).endsWith("Phường An Xuyên");
        open("unit=1&" + YEAR_2025);
        assertThat(LocatorJ._get(H2.class).getText()).startsWith("Không tìm thấy đơn vị này trong phạm vi của bạn");
        assertThat(LocatorJ._find(EChart.class)).isEmpty();
    }

    @Test
    void inspectorsMayReadItHrMayNot() {
        loginAs("thanhtra");
        open(YEAR_2025);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(Index766View.class);
        // no dossier links for who may not open the dossier list
        assertThat(LocatorJ._find(Anchor.class, spec -> spec.withClasses("index766-dossiers"))).isEmpty();
        loginAs("nhansu");
        open(YEAR_2025);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void theRouteAllowsExactlyTheRolesOfThePermission() {
        Set<String> allowed = Arrays.stream(Index766View.class.getAnnotation(RolesAllowed.class).value())
                .collect(Collectors.toSet());
        assertThat(allowed).isEqualTo(Permission.READ_SERVICE_INDEX.roles().stream().map(Role::name)
                .collect(Collectors.toSet()));
    }
}
