package vn.camau.reform.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.MONTHLY_REPORT;
import static vn.camau.reform.jooq.Tables.SHEDLOCK;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import vn.camau.reform.AppTest;
import vn.camau.reform.calendar.CalendarService;

/**
 * With an SMTP server configured (GreenMail), the job mails each unit's report to that unit's leaders,
 * the PDF attached, and marks the report mailed. Tag "mail": a JVM of its own (see pom.xml).
 */
@Tag("mail")
@AppTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class MonthlyReportMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String LEADER = "lanhdao.anxuyen";
    private static final String EMAIL = "lanhdao.anxuyen@camau.gov.vn";

    @Autowired
    MonthlyReportJob job;
    @Autowired
    CalendarService calendar;
    @Autowired
    DSLContext dsl;

    String emailBefore;

    @BeforeEach
    void setUp() {
        clean();
        emailBefore = dsl.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.USERNAME.eq(LEADER))
                .fetchSingle(APP_USER.EMAIL);
        dsl.update(APP_USER).set(APP_USER.EMAIL, EMAIL).where(APP_USER.USERNAME.eq(LEADER)).execute();
    }

    @AfterEach
    void tearDown() {
        clean();
        dsl.update(APP_USER).set(APP_USER.EMAIL, emailBefore).where(APP_USER.USERNAME.eq(LEADER)).execute();
    }

    private void clean() {
        dsl.deleteFrom(MONTHLY_REPORT).execute();
        dsl.deleteFrom(SHEDLOCK).where(SHEDLOCK.NAME.eq(MonthlyReportJob.LOCK)).execute();
    }

    @Test
    void theCommunesLeaderGetsTheCommunesReportAsAPdf() throws Exception {
        LocalDate first = MonthlyReportJob.firstWorkingDay(calendar.calendar(), YearMonth.now());
        job.runFor(first);

        MimeMessage mail = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(EMAIL);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        assertThat(mail.getSubject()).contains("Phường An Xuyên").contains("/BC-32002");
        Multipart parts = (Multipart) mail.getContent();
        BodyPart pdf = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if ("application/pdf".equals(parts.getBodyPart(i).getContentType().split(";")[0].strip())) {
                pdf = parts.getBodyPart(i);
            }
        }
        assertThat(pdf).as("the PDF is attached").isNotNull();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = pdf.getInputStream()) {
            in.transferTo(bytes);
        }
        try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("ỦY BAN NHÂN DÂN");
        }
        long commune = dsl.select(ADMIN_UNIT.ID).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.CODE.eq("32002"), ADMIN_UNIT.VALID_TO.isNull()).fetchSingle(ADMIN_UNIT.ID);
        assertThat(dsl.select(MONTHLY_REPORT.MAILED_AT).from(MONTHLY_REPORT).where(MONTHLY_REPORT.UNIT_ID.eq(commune))
                .fetchSingle(MONTHLY_REPORT.MAILED_AT)).isNotNull();
    }
}
