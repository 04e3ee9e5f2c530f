package vn.camau.reform.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.APP_USER;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.server.menu.MenuConfiguration;

import vn.camau.reform.adminunit.ui.UnitTreeView;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.dashboard.ui.HomeView;
import vn.camau.reform.security.ui.LoginView;
import vn.camau.reform.ui.KaribuTest;
import vn.camau.reform.ui.Menu;

/** Who lands where, and what the side navigation offers each role. */
class NavigationAndMenuTest extends KaribuTest {

    @Autowired
    DSLContext dsl;

    private static List<String> menu() {
        return Menu.labels();
    }

    @Test
    void anonymousUsersLandOnTheLoginPage() {
        UI.getCurrent().navigate("units");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void anAdministratorSeesEveryScreenInVietnamese() {
        loginAs("admin");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(menu()).containsExactly("Tổng quan", "Theo dõi hồ sơ", "Cảnh báo trễ hạn", "Phiếu xin lỗi",
                "Báo cáo tháng", "Đơn vị hành chính", "Thông báo", "Lịch làm việc", "Cài đặt tính hạn", "Cài đặt xin lỗi", "Cài đặt đường dây nóng",
                "Tài khoản người dùng", "Token API", "Nhập dữ liệu", "Số liệu 766 nhập tay", "Nhật ký hệ thống");
    }

    @Test
    void anInspectorIsNotOfferedTheUnitTreeAndCannotTypeItsUrl() {
        loginAs("thanhtra");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(menu()).containsExactly("Tổng quan", "Chỉ số phục vụ 766", "Đường dây nóng", "Báo cáo đường dây nóng",
                "Báo cáo tháng", "Đánh giá của tôi",
                "Thông báo",
                "Lịch làm việc");
        UI.getCurrent().navigate(UnitTreeView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(LocatorJ._find(TreeGrid.class)).isEmpty();
    }

    @Test
    void everyEntryOpensItsScreenForTheUserWhoIsOfferedIt() {
        loginAs("thanhtra");
        UI.getCurrent().navigate(HomeView.class);
        List<Menu.Entry> entries = Menu.entries();
        assertThat(entries).extracting(Menu.Entry::path).containsExactly("", "index766", "hotline",
                "hotline/overview", "monthly-reports", "my-evaluations", "notifications", "calendar");
        assertThat(entries).extracting(Menu.Entry::icon).doesNotContainNull().allMatch(i -> i.startsWith("vaadin:"));
        for (Menu.Entry entry : entries) {
            UI.getCurrent().navigate(entry.path());
            assertThat(UI.getCurrent().getCurrentView()).as(entry.label()).isNotInstanceOf(AccessDeniedView.class);
            // the screen the entry opens is the one whose menu title it shows
            assertThat(MenuConfiguration.getMenuEntries()).as(entry.path())
                    .filteredOn(m -> m.menuClass().isInstance(UI.getCurrent().getCurrentView()))
                    .extracting(m -> UI.getCurrent().getTranslation(m.title())).containsExactly(entry.label());
        }
    }

    @Test
    void theAvatarShowsTwoInitialsThatFitItsCircle() {
        assertThat(MainLayout.initials("Võ Thị Một Cửa")).isEqualTo("VC");
        assertThat(MainLayout.initials(" Nguyễn Văn Tỉnh ")).isEqualTo("NT");
        assertThat(MainLayout.initials("Đạt")).isEqualTo("Đ");
        assertThat(MainLayout.initials("")).isEmpty();
        loginAs("motcua.anxuyen");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(LocatorJ._get(com.vaadin.flow.component.avatar.Avatar.class).getAbbreviation()).isEqualTo("VC");
    }

    @Test
    void theUserMenuOffersTheOtherLanguageInOneClick() {
        loginAs("nhansu");
        UI.getCurrent().navigate(HomeView.class);
        var menu = LocatorJ._get(com.vaadin.flow.component.menubar.MenuBar.class).getItems().getFirst().getSubMenu();
        assertThat(menu.getItems()).extracting(i -> i.getText())
                .containsExactly("Tài khoản của tôi", "English", "Đăng xuất");
        assertThat(menu.getItems()).allSatisfy(i -> assertThat(i.getSubMenu().getItems()).isEmpty());
    }

    @Test
    void theMenuIsOneElementNotAComponentPerEntry() {
        loginAs("admin");
        UI.getCurrent().navigate(HomeView.class);
        SideNav nav = LocatorJ._get(SideNav.class);
        assertThat(Menu.entries()).hasSize(16);
        // the entries are the element's HTML: no child element, so no state node or listener of their own
        assertThat(nav.getElement().getChildCount()).isZero();
        assertThat(nav.getChildren()).isEmpty();
    }

    @Test
    void aUserWhoChoseEnglishGetsItFromTheFirstScreen() {
        setLanguage("nhansu", "en");
        try {
            loginAs("nhansu");
            UI.getCurrent().navigate(HomeView.class);
            assertThat(menu()).containsExactly("Overview", "Evaluations", "My evaluations", "Notifications",
                    "Working calendar");
            assertThat(LocatorJ._find(Span.class).stream().map(Span::getText))
                    .contains("Tỉnh Cà Mau · Human resources");
        } finally {
            setLanguage("nhansu", "vi");
        }
    }

    private void setLanguage(String username, String language) {
        dsl.update(APP_USER).set(APP_USER.LOCALE, language).where(APP_USER.USERNAME.eq(username)).execute();
    }

    @Test
    void theHeaderShowsNameUnitAndRole() {
        loginAs("lanhdao.anxuyen");
        UI.getCurrent().navigate(HomeView.class);
        List<String> texts = LocatorJ._find(Span.class).stream().map(Span::getText).toList();
        assertThat(texts).contains("Trần Thị An Xuyên", "Phường An Xuyên · Lãnh đạo đơn vị");
    }
}
