package vn.camau.reform.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;

import java.util.Set;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import vn.camau.reform.TestLogins;
import vn.camau.reform.account.AccountForm;
import vn.camau.reform.account.AccountService;
import vn.camau.reform.account.AccountSummary;
import vn.camau.reform.account.IssuedPassword;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.security.Role;
import vn.camau.reform.ui.KaribuTest;

/** The account screens: creating an account with its one-time password, scope, and the forced change. */
@Transactional // the views run on the test thread: their accounts roll back with the test
class AccountViewsTest extends KaribuTest {

    private static final String PREFIX = "karibu.";

    @Autowired
    DSLContext dsl;
    @Autowired
    AccountService accounts;

    long anXuyen;

    @BeforeEach
    void units() {
        anXuyen = dsl.select(ADMIN_UNIT.ID).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.CODE.eq("32002"), ADMIN_UNIT.VALID_TO.isNull()).fetchSingle(ADMIN_UNIT.ID);
    }

    private IssuedPassword createAs(String admin, AccountForm form) {
        TestLogins.loginAs(users, admin);
        return accounts.create(form);
    }

    @SuppressWarnings("unchecked")
    @Test
    void anAdministratorCreatesAnAccountAndSeesItsOneTimePasswordOnce() {
        loginAs("admin");
        UI.getCurrent().navigate(UserAdminView.class);
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText("Tạo tài khoản")));
        Dialog dialog = LocatorJ._get(Dialog.class);

        // a refused save says which rule and keeps the dialog and what was typed
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, TextField.class, spec -> spec.withLabel("Tên đăng nhập")),
                PREFIX + "lanhdao");
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Tạo tài khoản")));
        NotificationsKt.expectNotifications("Vui lòng nhập họ và tên.");
        assertThat(dialog.isOpened()).isTrue();

        HasValueUtilsKt._setValue(LocatorJ._get(dialog, TextField.class, spec -> spec.withLabel("Họ và tên")),
                "Lê Thị Kiểm Thử Lãnh Đạo");
        ComboBox<Object> unit = LocatorJ._get(dialog, ComboBox.class, spec -> spec.withLabel("Đơn vị"));
        ComboBoxKt.setUserInput(unit, "an xuyen");
        HasValueUtilsKt._setValue(unit, ComboBoxKt.getSuggestionItems(unit).stream()
                .filter(u -> ((vn.camau.reform.adminunit.ReportUnit) u).code().equals("32002")).findFirst().orElseThrow());
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, MultiSelectComboBox.class, spec -> spec.withLabel("Vai trò")),
                Set.of(Role.UNIT_LEADER));
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Tạo tài khoản")));

        String oneTime = LocatorJ._get(dialog, TextField.class, spec -> spec.withLabel("Mật khẩu một lần")).getValue();
        assertThat(oneTime).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Đã ghi lại, đóng")));
        LocatorJ._assertNone(Dialog.class);

        HasValueUtilsKt._setValue(LocatorJ._get(TextField.class, spec -> spec.withPlaceholder(
                "Tìm theo tên đăng nhập, họ tên, thư điện tử")), "kiem thu lanh dao");
        Grid<AccountSummary> grid = LocatorJ._get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).username()).isEqualTo(PREFIX + "lanhdao");
        assertThat(GridKt._get(grid, 0).roles()).containsExactly(Role.UNIT_LEADER);
    }

    @Test
    void otherRolesAreDenied() {
        for (String username : java.util.List.of("lanhdao.tinh", "lanhdao.anxuyen", "nhansu")) {
            loginAs(username);
            UI.getCurrent().navigate(UserAdminView.class);
            assertThat(UI.getCurrent().getCurrentView()).as(username).isInstanceOf(AccessDeniedView.class);
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void aCommuneAdministratorMustFirstChangeTheOneTimePasswordThenSeesTheirCommuneOnly() {
        IssuedPassword issued = createAs("admin", new AccountForm(PREFIX + "qt.anxuyen", "Quản trị An Xuyên", null,
                anXuyen, Set.of(Role.ADMIN), null));
        loginAs(PREFIX + "qt.anxuyen");
        UI.getCurrent().navigate(UserAdminView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OwnAccountView.class);

        HasValueUtilsKt._setValue(LocatorJ._get(PasswordField.class, spec -> spec.withLabel("Mật khẩu một lần (được cấp)")),
                issued.oneTimePassword());
        HasValueUtilsKt._setValue(LocatorJ._get(PasswordField.class, spec -> spec.withLabel("Mật khẩu mới")),
                "password1234");
        HasValueUtilsKt._setValue(LocatorJ._get(PasswordField.class, spec -> spec.withLabel("Nhập lại mật khẩu mới")),
                "password1234");
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText("Đổi mật khẩu")));
        NotificationsKt.expectNotifications(
                "Mật khẩu này quá phổ biến (có trong danh sách mật khẩu hay bị dò); hãy chọn mật khẩu khác.");

        HasValueUtilsKt._setValue(LocatorJ._get(PasswordField.class, spec -> spec.withLabel("Mật khẩu một lần (được cấp)")),
                issued.oneTimePassword());
        HasValueUtilsKt._setValue(LocatorJ._get(PasswordField.class, spec -> spec.withLabel("Mật khẩu mới")),
                "bến Ninh Kiều chiều mưa");
        HasValueUtilsKt._setValue(LocatorJ._get(PasswordField.class, spec -> spec.withLabel("Nhập lại mật khẩu mới")),
                "bến Ninh Kiều chiều mưa");
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText("Đổi mật khẩu")));
        NotificationsKt.expectNotifications("Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.");

        UI.getCurrent().navigate(UserAdminView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UserAdminView.class);
        Grid<AccountSummary> grid = LocatorJ._get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        IntStream.range(0, GridKt._size(grid)).forEach(i ->
                assertThat(GridKt._get(grid, i).unitId()).isEqualTo(anXuyen));
        // the province's own administrator is not among them
        HasValueUtilsKt._setValue(LocatorJ._get(TextField.class, spec -> spec.withPlaceholder(
                "Tìm theo tên đăng nhập, họ tên, thư điện tử")), "admin");
        assertThat(GridKt._size(LocatorJ._get(Grid.class))).isZero();
    }
}
