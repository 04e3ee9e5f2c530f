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
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.treegrid.TreeGrid;

import vn.camau.reform.adminunit.ui.UnitTreeView;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.dashboard.ui.HomeView;
import vn.camau.reform.security.ui.LoginView;
import vn.camau.reform.ui.KaribuTest;

/** Who lands where, and what the side navigation offers each role. */
class NavigationAndMenuTest extends KaribuTest {

    @Autowired
    DSLContext dsl;

    private static List<String> menu() {
        return LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
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
