package vn.camau.reform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.base.ui.NotFoundView;
import vn.camau.reform.dashboard.ui.OverviewView;

/**
 * Addresses typed or edited by hand: an id that is not a number, too big for one, negative or
 * empty, and a period whose comparison periods fall before the reports begin. Each answers "not
 * found" or shows what it can; none throws, none shows "unexpected error".
 */
class TypedUrlsTest extends KaribuTest {

    private static final List<String> BAD_IDS = List.of("abc", "99999999999999999999", "-1", "0", "1e3", "%20",
            "1;2", "'1'");

    private static List<String> notifications() {
        return LocatorJ._find(Notification.class).stream().map(n -> {
            String text = n.getElement().getProperty("text");
            return text != null && !text.isEmpty() ? text : n.getElement().getTextRecursively();
        }).toList();
    }

    private void open(String user, String route) {
        loginAs(user);
        int query = route.indexOf('?');
        assertThatCode(() -> {
            if (query < 0) {
                UI.getCurrent().navigate(route);
            } else {
                UI.getCurrent().navigate(route.substring(0, query), QueryParameters.fromString(route.substring(query + 1)));
            }
        }).as(route).doesNotThrowAnyException();
        assertThat(notifications()).as(route).noneMatch(t -> t.contains("lỗi ngoài dự kiến"));
    }

    @Test
    void aBadUnitIdIsNotFound() {
        for (String id : BAD_IDS) {
            open("admin", "units/" + id);
            assertThat(UI.getCurrent().getCurrentView()).as(id).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    void badIdsOfReportsApologiesRatingsCyclesAndOfficersAreNotFound() {
        for (String id : BAD_IDS) {
            open("chanhthanhtra", "hotline/" + id);
            open("lanhdao.tinh", "apologies/" + id);
            open("nhansu", "evaluations/" + id);
            open("nhansu", "evaluations/cycle/" + id);
            open("nhansu", "officers/" + id);
            open("lanhdao.tinh", "dossiers/" + id);
        }
    }

    @Test
    void aPeriodIn2000ShowsNoEarlierDataInsteadOfFailing() {
        open("lanhdao.tinh", "overview?unit=1&from=2000-01-01&to=2000-12-31");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OverviewView.class);
        assertThat(notifications()).noneMatch(t -> t.contains("Kỳ báo cáo phải nằm trong khoảng"));
        open("lanhdao.tinh", "overview?unit=1&period=MONTH&from=2000-01-01&to=2000-01-31");
        assertThat(notifications()).noneMatch(t -> t.contains("Kỳ báo cáo phải nằm trong khoảng"));
        open("chanhthanhtra", "hotline/overview?unit=1&from=2000-01-01&to=2000-12-31");
        assertThat(notifications()).noneMatch(t -> t.contains("Kỳ báo cáo phải nằm trong khoảng"));
    }
}
