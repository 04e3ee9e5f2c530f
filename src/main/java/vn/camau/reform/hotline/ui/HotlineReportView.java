package vn.camau.reform.hotline.ui;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.officer.OfficerDirectory;
import vn.camau.reform.base.ui.RouteIds;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.dossier.ui.DossierDetailView;
import vn.camau.reform.hotline.DuplicateHint;
import vn.camau.reform.hotline.HotlineReport;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;

/**
 * One report: its facts and the citizen's words (as text), deadlines, assignment, answer and
 * conclusion; the reporter, masked unless revealed; likely duplicates; files; the next steps the
 * user may take; and the history. An id unknown or outside the user's scope (or a report about
 * the user themselves) reads as "not found", so scope leaks nothing.
 */
@Route("hotline/:id")
@RolesAllowed({Roles.INSPECTOR, Roles.INSPECTION_LEADER, Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.AUDITOR})
public class HotlineReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient HotlineService hotline;
    private final transient ReportUnits reportUnits;
    private final transient OfficerDirectory officers;
    private final transient Clock clock;
    private final HotlineAccess access;
    private final boolean mayOpenDossier;
    private HotlineReport current;
    private String title = "";

    HotlineReportView(HotlineService hotline, ReportUnits reportUnits, OfficerDirectory officers, Clock clock, CurrentUser currentUser) {
        this.hotline = hotline;
        this.reportUnits = reportUnits;
        this.officers = officers;
        this.clock = clock;
        Optional<AppUser> user = currentUser.get();
        this.access = HotlineAccess.of(user);
        this.mayOpenDossier = user.map(HotlineReportView::mayOpenDossier).orElse(false);
    }

    static RouteParameters params(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    /** The dossier's page is for the roles its route allows; others see the code without a link. */
    private static boolean mayOpenDossier(AppUser user) {
        RolesAllowed allowed = DossierDetailView.class.getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.stream(allowed.value())
                .anyMatch(role -> user.roles().stream().anyMatch(r -> r.name().equals(role)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        removeAll();
        find(raw).ifPresentOrElse(this::render, () -> notFound(raw));
    }

    /** A typed URL may hold anything: what is not a number is simply not found. */
    private Optional<HotlineReport> find(String raw) {
        return RouteIds.parse(raw).flatMap(hotline::find);
    }

    private void notFound(String raw) {
        current = null;
        title = getTranslation("hotline.not-found.title");
        add(new H2(title), new Paragraph(getTranslation("hotline.not-found", raw)),
                new RouterLink(getTranslation("hotline.back-to-queue"), HotlineQueueView.class));
    }

    /** Shows the report as it is now, after a step or after a step was refused. */
    private void reload() {
        long id = current.id();
        removeAll();
        hotline.find(id).ifPresentOrElse(this::render, () -> notFound(String.valueOf(id)));
    }

    private int version() {
        return current.version();
    }

    private void render(HotlineReport r) {
        current = r;
        title = getTranslation("hotline.report.title", r.code());
        HorizontalLayout status = new HorizontalLayout(HotlineBadges.state(this, r.state()),
                HotlineBadges.timing(this, r.timing()));
        status.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new RouterLink(getTranslation("hotline.back-to-queue"), HotlineQueueView.class), new H2(title), status);
        HotlineWorkflow workflow = new HotlineWorkflow(hotline, reportUnits, officers, clock, r, access, this::version,
                this::reload);
        if (workflow.hasSteps()) {
            add(workflow);
        }
        add(new HotlineFacts(r, mayOpenDossier));
        HotlineTimeline timeline = new HotlineTimeline(hotline.history(r.id()));
        add(new ReporterCard(hotline, r, () -> timeline.show(hotline.history(r.id()))));
        List<DuplicateHint> duplicates = hotline.duplicates(r.id());
        if (!duplicates.isEmpty()) {
            add(new H3(getTranslation("hotline.duplicates")), duplicateLinks(duplicates));
        }
        add(new H3(getTranslation("hotline.attachments")), new AttachmentList(hotline, r.id(), hotline.attachments(r.id())));
        add(new H3(getTranslation("hotline.history")), timeline);
    }

    private VerticalLayout duplicateLinks(List<DuplicateHint> duplicates) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("duplicates");
        for (DuplicateHint d : duplicates) {
            RouterLink link = new RouterLink(d.code(), HotlineReportView.class, params(d.reportId()));
            Span why = new Span(getTranslation("hotline.duplicate.why", VnFormats.dateTime(d.receivedAt()),
                    getTranslation(d.state().labelKey()), getTranslation(d.reason().labelKey())));
            HorizontalLayout row = new HorizontalLayout(link, why);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(row);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
