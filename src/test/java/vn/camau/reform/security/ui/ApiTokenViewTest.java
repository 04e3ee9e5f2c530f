package vn.camau.reform.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.API_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.security.ApiToken;
import vn.camau.reform.ui.KaribuTest;
import vn.camau.reform.ui.Menu;

/** An administrator issues a token, sees its secret once, and revokes it; nobody else gets in. */
@Transactional // the view runs on the test thread: its tokens roll back with the test
class ApiTokenViewTest extends KaribuTest {

    private static final String NAME = "test-ui: trung tâm điều hành";

    @Autowired
    DSLContext dsl;


    private Dialog openIssueDialog() {
        ButtonKt._click(LocatorJ._get(Button.class, spec -> spec.withText("Cấp token")));
        return LocatorJ._get(Dialog.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApiToken> grid() {
        return LocatorJ._get(Grid.class);
    }

    private static int rowOf(Grid<ApiToken> grid, String name) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name));
    }

    @Test
    void anAdministratorIssuesATokenSeesItOnceAndRevokesIt() throws Exception {
        loginAs("admin");
        UI.getCurrent().navigate(ApiTokenView.class);
        Dialog dialog = openIssueDialog();
        HasValueUtilsKt._setValue(LocatorJ._get(dialog, TextField.class, spec -> spec.withLabel("Tên token")), NAME);
        @SuppressWarnings("unchecked")
        ComboBox<Object> user = LocatorJ._get(dialog, ComboBox.class, spec -> spec.withLabel("Cấp cho người dùng"));
        ComboBoxKt.selectByLabel(user, "lanhdao.tinh – Nguyễn Văn Tỉnh (Tỉnh Cà Mau)");
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Cấp")));

        // the secret is shown once, in the dialog, and it is the real one: its hash is what is stored
        String secret = LocatorJ._get(dialog, TextField.class, spec -> spec.withLabel("Token")).getValue();
        assertThat(secret).hasSize(43);
        String hash = dsl.select(API_TOKEN.TOKEN_HASH).from(API_TOKEN).where(API_TOKEN.NAME.eq(NAME))
                .fetchSingle(API_TOKEN.TOKEN_HASH);
        assertThat(hash).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))));
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Tôi đã lưu token")));
        LocatorJ._assertNone(Dialog.class);

        Grid<ApiToken> grid = grid();
        int row = rowOf(grid, NAME);
        assertThat(GridKt._get(grid, row).username()).isEqualTo("lanhdao.tinh");
        assertThat(GridKt._get(grid, row).isRevoked()).isFalse();

        ButtonKt._click((Button) GridKt._getCellComponent(grid, row, "actions"));
        ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains(NAME);
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("Đã thu hồi token “" + NAME + "”.");
        grid = grid();
        row = rowOf(grid, NAME);
        assertThat(GridKt._get(grid, row).isRevoked()).isTrue();
        assertThat(GridKt._getCellComponent(grid, row, "actions").isVisible()).isFalse();
    }

    @Test
    void aTokenWithoutANameIsRefusedWithAMessageAndNothingIsSaved() {
        loginAs("admin");
        UI.getCurrent().navigate(ApiTokenView.class);
        Dialog dialog = openIssueDialog();
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Cấp")));
        NotificationsKt.expectNotifications("Vui lòng nhập tên token.");
        assertThat(dialog.isOpened()).isTrue();

        HasValueUtilsKt._setValue(LocatorJ._get(dialog, TextField.class, spec -> spec.withLabel("Tên token")), NAME);
        ButtonKt._click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Cấp")));
        NotificationsKt.expectNotifications("Vui lòng chọn người dùng được cấp token.");
        assertThat(dsl.fetchCount(API_TOKEN, API_TOKEN.NAME.startsWith("test-ui:"))).isZero();
    }

    @Test
    void otherRolesAreDeniedAndNotOfferedTheScreen() {
        for (String username : List.of("lanhdao.tinh", "lanhdao.anxuyen", "thanhtra", "nhansu")) {
            loginAs(username);
            UI.getCurrent().navigate(ApiTokenView.class);
            assertThat(UI.getCurrent().getCurrentView()).as(username).isInstanceOf(AccessDeniedView.class);
            LocatorJ._assertNone(Grid.class);
            assertThat(Menu.labels())
                    .as(username).doesNotContain("Token API");
        }
    }
}
