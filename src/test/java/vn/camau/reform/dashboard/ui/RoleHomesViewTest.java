package vn.camau.reform.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.evaluation.EvaluationFixture.RATED;
import static vn.camau.reform.jooq.Tables.APP_USER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.TestLogins;
import vn.camau.reform.account.AccountFilter;
import vn.camau.reform.account.AccountForm;
import vn.camau.reform.account.AccountService;
import vn.camau.reform.account.AccountStatus;
import vn.camau.reform.account.AccountSummary;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationFixture;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.Frequency;
import vn.camau.reform.evaluation.ScoreForm;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.repository.UserRepository;
import vn.camau.reform.ui.KaribuTest;

/**
 * One home per role, that role's work first (issue 18, "ways through"): HR opens on the rating rounds
 * in progress and the ratings waiting for their review; the administrator on the accounts that wait
 * for them, each count a link to exactly the accounts it counts.
 */
@Transactional // the views run on the test thread: what the test and the screens wrote rolls back; RolledBackGenerations drops the figures kept meanwhile
class RoleHomesViewTest extends KaribuTest {

    private static final String PREFIX = "karibu.home.";

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    EvaluationFixture team;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserRepository userRepository;

    @BeforeEach
    void load() {
        testDossiers.ensureReferenceData(); // the test agency the team works in
        team.load();
    }

    /** Takes a step through the service as someone, outside the screens. */
    private void as(String username, Runnable step) {
        TestLogins.as(users, username, step);
    }

    private int version(long ratingId) {
        int[] version = new int[1];
        as("nhansu", () -> version[0] = evaluations.find(ratingId).orElseThrow().version());
        return version[0];
    }

    private static List<String> links(String boxId) {
        Div box = LocatorJ._get(Div.class, spec -> spec.withId(boxId));
        return LocatorJ._find(box, Anchor.class).stream().map(Anchor::getHref).toList();
    }

    @Test
    void hrsHomeOpensOnTheRoundsInProgressAndTheRatingsWaitingForTheirReview() {
        long[] cycle = new long[1];
        Evaluation[] rating = new Evaluation[1];
        as("nhansu", () -> {
            cycle[0] = evaluations.openCycle(AGENCY, Frequency.QUARTERLY, LocalDate.of(2026, 7, 1));
            rating[0] = evaluations.ofCycle(cycle[0]).stream().filter(e -> e.officerId() == RATED).findFirst()
                    .orElseThrow();
        });
        Evaluation e = rating[0];
        ScoreForm points = new ScoreForm(new BigDecimal("28"), new BigDecimal("62"), null, null);
        as("test.canbo", () -> evaluations.selfAssess(e.id(), e.version(), points));
        int selfAssessed = version(e.id());
        as("test.truongphong", () -> evaluations.propose(e.id(), selfAssessed, points));

        // HR of the test agency alone, so the demo's rounds elsewhere do not crowd the lists
        userRepository.insert("test.nhansu", "{noop}x", "Trần Thị Nhân Sự", AGENCY, Set.of(Role.HR));
        loginAs("test.nhansu");
        UI.getCurrent().navigate("");
        assertThat(links("home-cycles")).containsExactly("evaluations/cycle/" + cycle[0], "evaluations");
        List<String> reviews = links("home-reviews");
        assertThat(reviews).as("the proposal is HR's to review: the rating and the officer are links")
                .contains("evaluations/" + e.id(), "officers/" + RATED + "?period=CUSTOM&from=2026-07-01&to=2026-09-30");
    }

    /** A ward's desk officer read "1 Phường, 0 Xã, 0 Cơ quan cấp tỉnh, 0 Cấp huyện…" under their work. */
    @Test
    void theHomeCountsOnlyTheKindsOfUnitsTheUsersDataCovers() {
        loginAs("motcua.anxuyen");
        UI.getCurrent().navigate("");
        assertThat(LocatorJ._find(Div.class, spec -> spec.withClasses("kpi-card"))).as("one ward: nothing to count")
                .isEmpty();
        loginAs("nhansu");
        UI.getCurrent().navigate("");
        List<String> cards = LocatorJ._find(Div.class, spec -> spec.withClasses("kpi-card")).stream()
                .map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(cards).as("the province's wards, communes and agencies").hasSizeGreaterThanOrEqualTo(3)
                .noneMatch(c -> c.startsWith("0"));
    }

    @Test
    void hrsHomeSaysSoWhenNothingWaits() {
        userRepository.insert("test.nhansu", "{noop}x", "Trần Thị Nhân Sự", AGENCY, Set.of(Role.HR));
        loginAs("test.nhansu");
        UI.getCurrent().navigate("");
        assertThat(LocatorJ._get(Div.class, spec -> spec.withId("home-cycles")).getElement().getTextRecursively())
                .contains("Không có kỳ đánh giá nào đang diễn ra trong phạm vi của bạn.");
        assertThat(LocatorJ._get(Div.class, spec -> spec.withId("home-reviews")).getElement().getTextRecursively())
                .contains("Không có phiếu đánh giá nào chờ bạn thẩm định.");
    }

    @Test
    void theAdministratorsHomeCountsTheAccountsWaitingAndEachCountLeadsToExactlyThem() {
        LocalDateTime now = LocalDateTime.now();
        long anXuyen = dsl.select(vn.camau.reform.jooq.Tables.ADMIN_UNIT.ID).from(vn.camau.reform.jooq.Tables.ADMIN_UNIT)
                .where(vn.camau.reform.jooq.Tables.ADMIN_UNIT.CODE.eq("32002"),
                        vn.camau.reform.jooq.Tables.ADMIN_UNIT.VALID_TO.isNull())
                .fetchSingle(vn.camau.reform.jooq.Tables.ADMIN_UNIT.ID);
        as("admin", () -> {
            for (String name : List.of("locked", "expired", "fresh")) {
                accounts.create(new AccountForm(PREFIX + name, "Tài khoản thử " + name, null, anXuyen,
                        Set.of(Role.OFFICER), null));
            }
        });
        dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, now.plusHours(1))
                .where(APP_USER.USERNAME.eq(PREFIX + "locked")).execute();
        dsl.update(APP_USER).set(APP_USER.PASSWORD_EXPIRES_AT, now.minusDays(1))
                .where(APP_USER.USERNAME.eq(PREFIX + "expired")).execute();

        loginAs("admin");
        UI.getCurrent().navigate("");
        Div box = LocatorJ._get(Div.class, spec -> spec.withId("home-accounts"));
        List<Anchor> items = LocatorJ._find(box, Anchor.class);
        assertThat(items).extracting(Anchor::getHref).containsExactly("users?status=LOCKED",
                "users?status=ONE_TIME_EXPIRED", "users?status=NEVER_SIGNED_IN");
        for (Anchor item : items) {
            Matcher count = Pattern.compile(": ([0-9.]+)$").matcher(item.getText());
            assertThat(count.find()).as(item.getText()).isTrue();
            int shown = Integer.parseInt(count.group(1).replace(".", ""));
            String status = item.getHref().substring(item.getHref().indexOf('=') + 1);
            UI.getCurrent().navigate("users", QueryParameters.of("status", status));
            @SuppressWarnings("unchecked")
            Grid<AccountSummary> grid = LocatorJ._get(Grid.class);
            assertThat(GridKt._size(grid)).as("the count on the home page is the rows behind " + item.getHref())
                    .isEqualTo(shown).isPositive();
            assertThat(GridKt._findAll(grid)).allMatch(a -> a.status().name().equals(status));
            @SuppressWarnings("unchecked")
            Select<AccountStatus> filter = LocatorJ._get(Select.class, spec -> spec.withPlaceholder("Trạng thái"));
            assertThat(filter.getValue()).hasToString(status);
            UI.getCurrent().navigate("");
        }

        // the search travels in the URL too, and the three fall each in their own state
        UI.getCurrent().navigate("users", QueryParameters.of("q", PREFIX));
        assertThat(LocatorJ._get(TextField.class, spec -> spec.withPlaceholder(
                "Tìm theo tên đăng nhập, họ tên, thư điện tử")).getValue()).isEqualTo(PREFIX);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = LocatorJ._get(Grid.class);
        assertThat(GridKt._findAll(grid)).extracting(a -> a.username() + "=" + a.status()).containsExactlyInAnyOrder(
                PREFIX + "locked=LOCKED", PREFIX + "expired=ONE_TIME_EXPIRED", PREFIX + "fresh=NEVER_SIGNED_IN");
        UI.getCurrent().navigate("users", QueryParameters.fromString("q=" + PREFIX + "&status=ONE_TIME_EXPIRED"));
        assertThat(GridKt._findAll(LocatorJ._get(Grid.class))).hasSize(1);
    }

    @Test
    void aCountOfZeroOnTheAdministratorsHomeIsPlainTextNotALinkToAnEmptyList() {
        // nobody locked out: the "locked" line says 0 and leads nowhere
        as("admin", () -> assertThat(accounts.count(new AccountFilter(null, null, null, AccountStatus.LOCKED)))
                .as("precondition: no locked account in the administrator's scope").isZero());
        loginAs("admin");
        UI.getCurrent().navigate("");
        Div box = LocatorJ._get(Div.class, spec -> spec.withId("home-accounts"));
        List<ListItem> items = LocatorJ._find(box, ListItem.class);
        assertThat(items).hasSize(3);
        for (ListItem item : items) {
            String text = item.getElement().getTextRecursively();
            boolean zero = text.endsWith(": 0");
            assertThat(LocatorJ._find(item, Anchor.class)).as(text).hasSize(zero ? 0 : 1);
        }
        assertThat(items.getFirst().getElement().getTextRecursively()).endsWith(": 0");
    }

    @Test
    void aStateTheListDoesNotKnowIsSaidAndTheListShowsAll() {
        loginAs("admin");
        UI.getCurrent().navigate("users", QueryParameters.of("status", "GONE"));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Đường dẫn có trạng thái không hợp lệ: GONE");
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = LocatorJ._get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
    }
}
