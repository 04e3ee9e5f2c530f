package vn.camau.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.jooq.Tables.API_TOKEN;
import static vn.camau.reform.jooq.Tables.CALENDAR_DAY;
import static vn.camau.reform.jooq.Tables.DOSSIER_REMINDER;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.camau.reform.apology.ApologyRules;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.calendar.CalendarDay;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.Confidence;
import vn.camau.reform.calendar.DayKind;
import vn.camau.reform.dossier.DossierService;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineIntake;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;

/**
 * The forms' side of the hostile-input battery: what a user pastes into the hotline intake, a token's
 * name, a holiday's name, a reminder or an apology's reason goes through the same services the
 * screens call, and each bad value is refused with a message the screen shows, with nothing stored.
 */
@AppTest
class HostileFormInputTest {

    private static final String BIDI = "Cán bộ \u202Eửhtn\u202C nhũng nhiễu";

    @Autowired
    HotlineService hotline;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    CalendarService calendar;
    @Autowired
    DossierService dossiers;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo(key));
    }

    private HotlineIntake report(Function<HotlineIntake, HotlineIntake> change) {
        long unit = dsl.select(vn.camau.reform.jooq.Tables.ADMIN_UNIT.ID).from(vn.camau.reform.jooq.Tables.ADMIN_UNIT)
                .where(vn.camau.reform.jooq.Tables.ADMIN_UNIT.CODE.eq("32002"),
                        vn.camau.reform.jooq.Tables.ADMIN_UNIT.VALID_TO.isNull())
                .fetchSingle(vn.camau.reform.jooq.Tables.ADMIN_UNIT.ID);
        return change.apply(new HotlineIntake(HotlineChannel.PHONE, LocalDateTime.now().minusHours(1), false,
                "Trần Thị Bích Ngọc", "0912 345 678", "ngoc@example.vn", HotlineCategory.ATTITUDE, unit, null, null,
                "Cán bộ một cửa gây phiền hà", List.of()));
    }

    private static HotlineIntake with(HotlineIntake r, String name, String phone, String email, String description,
                                      LocalDateTime at, Long unit, String dossier) {
        return new HotlineIntake(r.channel(), at == null ? r.receivedAt() : at, false, name == null ? r.reporterName() : name,
                phone == null ? r.reporterPhone() : phone, email == null ? r.reporterEmail() : email, r.category(),
                unit == null ? r.unitId() : unit, null, dossier, description == null ? r.description() : description,
                List.of());
    }

    @Test
    void theHotlineIntakeRefusesWhatNoReportHolds() {
        TestLogins.loginAs(users, "chanhthanhtra");
        int before = dsl.fetchCount(HOTLINE_REPORT);
        refused(() -> hotline.intake(report(r -> with(r, null, null, null, BIDI, null, null, null))),
                "text.bad-character");
        refused(() -> hotline.intake(report(r -> with(r, "Trần\u0000 Thị", null, null, null, null, null, null))),
                "text.bad-character");
        refused(() -> hotline.intake(report(r -> with(r, "Trần \uD800", null, null, null, null, null, null))),
                "text.bad-character");
        refused(() -> hotline.intake(report(r -> with(r, null, "+84 ABC 123", null, null, null, null, null))),
                "hotline.phone.invalid");
        refused(() -> hotline.intake(report(r -> with(r, null, null, "a@b", null, null, null, null))),
                "hotline.email.invalid");
        refused(() -> hotline.intake(report(r -> with(r, null, null, null, "x".repeat(100_000), null, null, null))),
                "hotline.description.too-long");
        refused(() -> hotline.intake(report(r -> with(r, null, null, null, null, LocalDateTime.now().plusDays(1),
                null, null))), "hotline.received.future");
        refused(() -> hotline.intake(report(r -> with(r, null, null, null, null, null, -1L, null))), "unit.unknown");
        refused(() -> hotline.intake(report(r -> with(r, null, null, null, null, null, null, "X' OR '1'='1"))),
                "dossier.unknown");
        refused(() -> hotline.intake(report(r -> with(r, null, null, null, "   \n\t  ", null, null, null))),
                "hotline.description.required");
        assertThat(dsl.fetchCount(HOTLINE_REPORT)).isEqualTo(before);
    }

    @Test
    void namesAndMessagesOfOtherFormsAreHeldToTheSameRules() {
        TestLogins.loginAs(users, "admin");
        int tokensBefore = dsl.fetchCount(API_TOKEN);
        refused(() -> tokens.issue("Hệ thống \u2066một cửa", "admin", ApiTokenPurpose.INTAKE), "text.bad-character");
        refused(() -> tokens.issue("Một cửa", "nhân sự", ApiTokenPurpose.INTAKE), "apiToken.error.unknownUser");
        refused(() -> tokens.issue("x".repeat(1_000), "admin", ApiTokenPurpose.INTAKE), "apiToken.error.nameTooLong");
        assertThat(dsl.fetchCount(API_TOKEN)).isEqualTo(tokensBefore);

        int daysBefore = dsl.fetchCount(CALENDAR_DAY);
        refused(() -> calendar.save(new CalendarDay(LocalDate.of(2027, 3, 3), DayKind.DAY_OFF, "Nghỉ\u001b[2J",
                Confidence.HIGH)), "text.bad-character");
        assertThat(dsl.fetchCount(CALENDAR_DAY)).isEqualTo(daysBefore);

        TestLogins.loginAs(users, "lanhdao.tinh");
        int remindersBefore = dsl.fetchCount(DOSSIER_REMINDER);
        refused(() -> dossiers.urge("ANY", "Đề nghị \u202Ekhẩn trương"), "text.bad-character");
        refused(() -> dossiers.urge("ANY", " \t "), "reminder.message.required");
        assertThat(dsl.fetchCount(DOSSIER_REMINDER)).isEqualTo(remindersBefore);

        refused(() -> ApologyRules.reason("Chờ thẩm định\u0007"), "text.bad-character");
        refused(() -> ApologyRules.reason("\uFFFD\uFFFD"), "text.bad-character");
    }
}
