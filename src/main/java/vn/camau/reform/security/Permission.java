package vn.camau.reform.security;

import static vn.camau.reform.security.Role.ADMIN;
import static vn.camau.reform.security.Role.AUDITOR;
import static vn.camau.reform.security.Role.HR;
import static vn.camau.reform.security.Role.INSPECTION_LEADER;
import static vn.camau.reform.security.Role.INSPECTOR;
import static vn.camau.reform.security.Role.OFFICER;
import static vn.camau.reform.security.Role.PROVINCE_LEADER;
import static vn.camau.reform.security.Role.UNIT_LEADER;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a user may do, by name, and the roles that grant it: the one place a set of roles is written
 * for a step. Services check it with {@code @PreAuthorize("@perm.may(authentication, 'SIGN_APOLOGY')")} (see
 * {@link PermissionCheck}) and views with {@link CurrentUser#may}, so the button shown and the call
 * allowed cannot drift apart. The pages' own {@code @RolesAllowed} stay on the routes, where Vaadin
 * reads them.
 */
public enum Permission {
    /** Send a reminder (đôn đốc) about an open dossier. */
    URGE_LATE_DOSSIER(PROVINCE_LEADER, UNIT_LEADER),
    /** Follow the late-dossier alerts: the count on the menu. */
    WATCH_LATE_ALERTS(PROVINCE_LEADER, UNIT_LEADER, AUDITOR, ADMIN),
    /** Draft, send and publish an apology letter, and print it. */
    DRAFT_APOLOGY(OFFICER, UNIT_LEADER, PROVINCE_LEADER),
    /** Return a draft apology or sign it. */
    SIGN_APOLOGY(UNIT_LEADER, PROVINCE_LEADER),
    /** The one-stop desk's own work on the home page: their late dossiers and apology drafts. */
    WORK_AT_DESK(OFFICER),
    /** Read the indicators API, with a password or a read token (everyone but the desk officers). */
    READ_INDICATORS_API(PROVINCE_LEADER, UNIT_LEADER, INSPECTOR, INSPECTION_LEADER, HR, ADMIN, AUDITOR),
    /** Read the hotline log and its figures (auditors only read). */
    READ_HOTLINE(INSPECTOR, INSPECTION_LEADER, PROVINCE_LEADER, UNIT_LEADER, AUDITOR),
    /** Log, classify, assign, answer, close and reopen hotline reports. */
    WORK_HOTLINE(INSPECTOR, INSPECTION_LEADER, PROVINCE_LEADER, UNIT_LEADER),
    /** Conclude an answered hotline report (founded or not, and what follows for the officer). */
    CONCLUDE_HOTLINE_REPORT(INSPECTION_LEADER, PROVINCE_LEADER, UNIT_LEADER),
    /** Be assigned hotline reports: the inspection office, whose queue starts at the unassigned ones. */
    TAKE_HOTLINE_REPORTS(INSPECTOR, INSPECTION_LEADER),
    /** See the reporter of any hotline report, not only of those assigned to oneself (logged). */
    REVEAL_ANY_REPORTER(INSPECTION_LEADER),
    /** Hotline counts per officer beside the indicators: those who read the hotline, and HR. */
    READ_HOTLINE_COUNTS(INSPECTOR, INSPECTION_LEADER, PROVINCE_LEADER, UNIT_LEADER, AUDITOR, HR),
    /** Open a unit's figures on the overview: the roles the overview's route allows (OverviewViewTest pins it). */
    READ_UNIT_FIGURES(PROVINCE_LEADER, UNIT_LEADER, AUDITOR, ADMIN),
    /** Read the performance of every officer in one's scope, not only one's own. */
    READ_OFFICERS_IN_SCOPE(HR, UNIT_LEADER, PROVINCE_LEADER, AUDITOR),
    /** Read officers' discipline decisions in one's scope. */
    READ_DISCIPLINE(HR, UNIT_LEADER, PROVINCE_LEADER),
    /** Record a discipline decision. */
    RECORD_DISCIPLINE(HR),
    /** Read the evaluation rounds and every rating in one's scope. */
    READ_EVALUATIONS(HR, UNIT_LEADER, PROVINCE_LEADER),
    /** Open an evaluation round. */
    OPEN_EVALUATION_CYCLE(HR),
    /** Rate oneself in an evaluation round. */
    SELF_ASSESS(OFFICER),
    /** Review the proposed ratings (HR's step), listed on HR's home page. */
    REVIEW_EVALUATION(HR),
    /** Approve a reviewed rating (the head of the round's unit). */
    APPROVE_EVALUATION(UNIT_LEADER, PROVINCE_LEADER),
    /** Open the overview as one's home page: the leaders, who read it every morning. */
    OVERVIEW_AS_HOME(PROVINCE_LEADER, UNIT_LEADER),
    /** Add, change and remove holidays and swapped working days. */
    EDIT_CALENDAR(ADMIN),
    /** Manage user accounts. */
    MANAGE_ACCOUNTS(ADMIN),
    /** Enter by hand the service index's figures this system cannot compute, per unit and period. */
    ENTER_INDEX_FIGURES(ADMIN),
    /** Read the service index (Decision 766) of one's unit and the units below: the 766 view and its API. */
    READ_SERVICE_INDEX(PROVINCE_LEADER, UNIT_LEADER, INSPECTOR, INSPECTION_LEADER, AUDITOR),
    /**
     * Read and download the monthly reports of one's scope: leaders, inspectors, auditors, and the
     * administrator, who may write them (the job's reads hold the auditor's role, so this too).
     */
    READ_MONTHLY_REPORTS(PROVINCE_LEADER, UNIT_LEADER, INSPECTOR, INSPECTION_LEADER, AUDITOR, ADMIN),
    /** Write a monthly or quarterly report on demand. */
    GENERATE_MONTHLY_REPORT(PROVINCE_LEADER, UNIT_LEADER, ADMIN);

    private final Set<Role> roles;

    Permission(Role first, Role... more) {
        this.roles = Set.copyOf(EnumSet.of(first, more));
    }

    /** The roles that grant this permission. */
    public Set<Role> roles() {
        return roles;
    }

    /** Their names, for the places that store or look up roles as text (recipients, assignees). */
    public List<String> roleNames() {
        return roles.stream().sorted().map(Role::name).toList();
    }

    /** Whether any of these roles grants it. */
    public boolean grantedTo(Collection<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
