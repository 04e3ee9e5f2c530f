package vn.camau.reform.apology.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.dossier.TestDossiers.dossier;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.TestLogins;
import vn.camau.reform.apology.ApologyForm;
import vn.camau.reform.apology.ApologyService;
import vn.camau.reform.apology.DeliveryChannel;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.ui.KaribuTest;

/** The printable public list: published apologies only, names masked, nothing else personal, in scope. */
@Transactional // the views run on the test thread: what the test and the screens wrote rolls back
class PublicApologyListViewTest extends KaribuTest {

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendar;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ApologyService apologies;

    LocalDate today;

    @BeforeEach
    void publishOneApology() {
        testDossiers.ensureReferenceData();
        WorkingCalendar cal = calendar.calendar();
        TestLogins.loginAs(users, "admin");
        today = indicators.today();
        for (String code : new String[] {"T-PUB-1", "T-PUB-DRAFT"}) {
            LocalDate due = cal.workingDaysBefore(today, 2);
            writer.save(dossier(code, AGENCY, cal.addWorkingDays(due, -10), due, null, DossierState.PROCESSING,
                    Channel.IN_PERSON, 0));
        }
        TestLogins.loginAs(users, "lanhdao.tinh");
        LocalDate newDate = cal.addWorkingDays(today, 3);
        long id = apologies.create(new ApologyForm("T-PUB-1", AGENCY, "Chờ ý kiến phối hợp của Sở Xây dựng", newDate,
                DeliveryChannel.DESK, false));
        apologies.approve(id, apologies.apology(id).orElseThrow().version(), null);
        apologies.markSent(id, apologies.apology(id).orElseThrow().version(), null);
        apologies.publish(id, apologies.apology(id).orElseThrow().version(), "Bảng niêm yết tại Bộ phận một cửa");
        apologies.create(new ApologyForm("T-PUB-DRAFT", AGENCY, "Dự thảo chưa ký", newDate, DeliveryChannel.DESK,
                false));
        TestLogins.logout();
    }

    private String openList(String unitId) {
        UI.getCurrent().navigate("apologies/public",
                QueryParameters.fromString("unit=" + unitId + "&from=" + today.minusDays(1) + "&to=" + today));
        return LocatorJ._get(PublicApologyListView.class).getElement().getOuterHTML();
    }

    @Test
    void listsThePublishedApologyWithTheApplicantMaskedAndNoContactDetails() {
        loginAs("lanhdao.tinh");
        String page = openList(String.valueOf(AGENCY));
        assertThat(page).contains("T-PUB-1", "Chờ ý kiến phối hợp của Sở Xây dựng", "Nguyễn V. T.",
                "Bảng niêm yết tại Bộ phận một cửa", "1/PXL");
        assertThat(page).doesNotContain("Nguyễn Văn Thử", "0912345678", "T-PUB-DRAFT");

        Anchor csv = LocatorJ._get(Anchor.class, spec -> spec.withText("Xuất CSV"));
        String exported = new String(DownloadKt._download(csv), StandardCharsets.UTF_8);
        assertThat(exported).contains("T-PUB-1", "Nguyễn V. T.").doesNotContain("Nguyễn Văn Thử", "0912345678");
    }

    @Test
    void aCommuneLeaderCannotListAnotherUnitsApologies() {
        loginAs("lanhdao.anxuyen");
        assertThat(openList(String.valueOf(AGENCY))).doesNotContain("T-PUB-1");
    }
}
