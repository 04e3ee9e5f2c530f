package vn.camau.reform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;

import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.security.Role;

/**
 * With an SMTP server configured, a one-time password goes to the account's own mailbox (a real SMTP
 * server, GreenMail, receives it) and the administrator gets only where it went; without an address it
 * is shown as before; a refused mail saves nothing. Tag "mail": a JVM of its own (pom.xml), since a
 * second application context replaces the security-context strategy the other tests sign in through.
 */
@Tag("mail")
@AppTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class OneTimePasswordMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String NAME = "thu.mot.lan";
    private static final String EMAIL = "thu.mot.lan@camau.gov.vn";

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DSLContext dsl;

    long unit;

    @BeforeEach
    void setUp() {
        removeTestAccount();
        unit = dsl.select(ADMIN_UNIT.ID).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.CODE.eq("32002"), ADMIN_UNIT.VALID_TO.isNull()).fetchSingle(ADMIN_UNIT.ID);
        TestLogins.loginAs(users, "admin");
    }

    // explicit cleanup: a refused mail must roll the service's own transaction back, which a test transaction would hide
    @AfterEach
    void removeTestAccount() {
        TestLogins.logout();
        var id = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(NAME)).fetchOne(APP_USER.ID);
        if (id != null) {
            dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(id)).execute();
            dsl.deleteFrom(APP_USER).where(APP_USER.ID.eq(id)).execute();
        }
    }

    private IssuedPassword create(String email) {
        return accounts.create(new AccountForm(NAME, "Thư Một Lần", email, unit, Set.of(Role.OFFICER), null));
    }

    private String storedHash() {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USERNAME.eq(NAME))
                .fetchSingle(APP_USER.PASSWORD_HASH);
    }

    @Test
    void aNewAccountsOneTimePasswordIsEmailedToIt() throws Exception {
        IssuedPassword issued = create(EMAIL);

        assertThat(issued.emailedTo()).isEqualTo(EMAIL);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(EMAIL);
        String body = (String) received[0].getContent();
        assertThat(body).contains(NAME).contains(issued.oneTimePassword()).contains("Mật khẩu dùng một lần")
                .contains("One-time password");
        assertThat(encoder.matches(issued.oneTimePassword(), storedHash())).isTrue();
    }

    @Test
    void aResetPasswordIsEmailedToo() throws Exception {
        IssuedPassword first = create(EMAIL);
        IssuedPassword reset = accounts.resetPassword(first.account().id(), first.account().version());

        assertThat(reset.emailedTo()).isEqualTo(EMAIL);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat((String) SMTP.getReceivedMessages()[1].getContent()).contains(reset.oneTimePassword());
    }

    @Test
    void withoutAnAddressThePasswordIsShownAndNothingIsSent() {
        IssuedPassword issued = create(null);

        assertThat(issued.emailed()).isFalse();
        assertThat(issued.oneTimePassword()).isNotBlank();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMailTheServerRefusesSavesNothing() {
        SMTP.stop();

        assertThatThrownBy(() -> create(EMAIL)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("account.error.mailFailed");
        assertThat(dsl.fetchCount(APP_USER, APP_USER.USERNAME.eq(NAME))).isZero();
    }
}
