package vn.camau.reform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Pins who may do what. A change to {@link Permission} must change this table too, so widening or
 * narrowing a step is a decision someone wrote down, not a side effect of a refactoring.
 */
class PermissionTableTest {

    /** permission: the roles that grant it, in {@link Role} order. */
    private static final String TABLE = """
            URGE_LATE_DOSSIER: PROVINCE_LEADER UNIT_LEADER
            WATCH_LATE_ALERTS: PROVINCE_LEADER UNIT_LEADER ADMIN AUDITOR
            DRAFT_APOLOGY: PROVINCE_LEADER UNIT_LEADER OFFICER
            SIGN_APOLOGY: PROVINCE_LEADER UNIT_LEADER
            WORK_AT_DESK: OFFICER
            READ_INDICATORS_API: PROVINCE_LEADER UNIT_LEADER INSPECTOR INSPECTION_LEADER HR ADMIN AUDITOR
            READ_HOTLINE: PROVINCE_LEADER UNIT_LEADER INSPECTOR INSPECTION_LEADER AUDITOR
            WORK_HOTLINE: PROVINCE_LEADER UNIT_LEADER INSPECTOR INSPECTION_LEADER
            CONCLUDE_HOTLINE_REPORT: PROVINCE_LEADER UNIT_LEADER INSPECTION_LEADER
            TAKE_HOTLINE_REPORTS: INSPECTOR INSPECTION_LEADER
            REVEAL_ANY_REPORTER: INSPECTION_LEADER
            READ_HOTLINE_COUNTS: PROVINCE_LEADER UNIT_LEADER INSPECTOR INSPECTION_LEADER HR AUDITOR
            READ_UNIT_FIGURES: PROVINCE_LEADER UNIT_LEADER ADMIN AUDITOR
            READ_OFFICERS_IN_SCOPE: PROVINCE_LEADER UNIT_LEADER HR AUDITOR
            READ_DISCIPLINE: PROVINCE_LEADER UNIT_LEADER HR
            RECORD_DISCIPLINE: HR
            READ_EVALUATIONS: PROVINCE_LEADER UNIT_LEADER HR
            OPEN_EVALUATION_CYCLE: HR
            SELF_ASSESS: OFFICER
            REVIEW_EVALUATION: HR
            APPROVE_EVALUATION: PROVINCE_LEADER UNIT_LEADER
            OVERVIEW_AS_HOME: PROVINCE_LEADER UNIT_LEADER
            EDIT_CALENDAR: ADMIN
            MANAGE_ACCOUNTS: ADMIN
            ENTER_INDEX_FIGURES: ADMIN
            READ_SERVICE_INDEX: PROVINCE_LEADER UNIT_LEADER INSPECTOR INSPECTION_LEADER AUDITOR
            READ_MONTHLY_REPORTS: PROVINCE_LEADER UNIT_LEADER INSPECTOR INSPECTION_LEADER ADMIN AUDITOR
            GENERATE_MONTHLY_REPORT: PROVINCE_LEADER UNIT_LEADER ADMIN
            """;

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void theTableOfRolesAndPermissionsIsTheOneWrittenHere() {
        String actual = Arrays.stream(Permission.values())
                .map(p -> p.name() + ": " + p.roles().stream().sorted().map(Role::name).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(actual).isEqualTo(TABLE);
    }

    @Test
    void aUserMayWhatOneOfTheirRolesGrants() {
        AppUser inspector = user(Role.INSPECTOR);
        AppUser both = user(Role.OFFICER, Role.HR);
        assertThat(inspector.may(Permission.WORK_HOTLINE)).isTrue();
        assertThat(inspector.may(Permission.REVEAL_ANY_REPORTER)).isFalse();
        assertThat(inspector.may(Permission.CONCLUDE_HOTLINE_REPORT)).isFalse();
        assertThat(both.may(Permission.SELF_ASSESS)).isTrue();
        assertThat(both.may(Permission.RECORD_DISCIPLINE)).isTrue();
        assertThat(both.may(Permission.SIGN_APOLOGY)).isFalse();
        assertThat(user().may(Permission.READ_INDICATORS_API)).isFalse();
    }

    @Test
    void methodSecurityReadsTheRoleAuthoritiesOfAnyKindOfSignIn() {
        PermissionCheck perm = new PermissionCheck();
        var leader = UsernamePasswordAuthenticationToken.authenticated("x", null,
                AuthorityUtils.createAuthorityList(Role.UNIT_LEADER.authority()));
        assertThat(perm.may(leader, "SIGN_APOLOGY")).isTrue();
        assertThat(perm.may(leader, "REVEAL_ANY_REPORTER")).isFalse();
        // a bare role name is not a role authority, as for @RolesAllowed
        var bare = UsernamePasswordAuthenticationToken.authenticated("x", null,
                AuthorityUtils.createAuthorityList("UNIT_LEADER"));
        assertThat(perm.may(bare, "SIGN_APOLOGY")).isFalse();
        var notAuthenticated = new TestingAuthenticationToken("x", null, Role.UNIT_LEADER.authority());
        notAuthenticated.setAuthenticated(false);
        assertThat(perm.may(notAuthenticated, "SIGN_APOLOGY")).isFalse();
        assertThat(perm.may(null, "SIGN_APOLOGY")).isFalse();
    }

    /** A misspelt name in an annotation would only fail when the method is called; this fails now. */
    @Test
    void everyPermissionNamedInAnAnnotationExists() throws IOException {
        Pattern call = Pattern.compile("@PreAuthorize\\(\"@perm\\.may\\(([^)]*)\\)");
        Set<String> names = Arrays.stream(Permission.values()).map(Enum::name).collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        int found = 0;
        for (Path file : javaFiles(MAIN)) {
            Matcher m = call.matcher(Files.readString(file));
            while (m.find()) {
                found++;
                Matcher arg = Pattern.compile("^authentication, '([A-Z_]+)'$").matcher(m.group(1));
                if (!arg.matches() || !names.contains(arg.group(1))) {
                    wrong.add(MAIN.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(found).as("service annotations naming a permission").isGreaterThan(20);
        assertThat(wrong).isEmpty();
    }

    /** The views' side of the same rule as ViewPermissionsTest, for role expressions written as text. */
    @Test
    void noViewSpellsARoleCheck() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches(".*\\bhas(Any)?Role\\s*\\(.*")) {
                    offending.add(MAIN.relativize(file) + ":" + (i + 1));
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static AppUser user(Role... roles) {
        return new AppUser(1, "u", "U", 96, "Tỉnh Cà Mau", "/96/", Set.of(roles), "vi");
    }
}
