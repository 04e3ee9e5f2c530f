package vn.camau.reform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each boundary rule fails on a deliberate violation (the test-only classes in the {@code archfixture}
 * packages), so a rule that silently stopped matching anything would be noticed.
 */
class BoundariesTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(
            "vn.camau.reform.base.archfixture", "vn.camau.reform.security.archfixture",
            "vn.camau.reform.dossier.archfixture", "vn.camau.reform.evaluation.archfixture",
            "vn.camau.reform.hotline.query.archfixture");

    private static EvaluationResult check(ArchRule rule) {
        return rule.evaluate(FIXTURES);
    }

    @Test
    void baseNamingAFeatureIsReported() {
        assertThat(check(Boundaries.baseKnowsNothingAbove).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("BaseReachingUp") && d.contains("DossierState"));
    }

    @Test
    void aFoundationNamingAFeatureIsReported() {
        assertThat(check(Boundaries.foundationsKnowNoFeature).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("SecurityReachingUp") && d.contains("HotlineState"));
    }

    @Test
    void aFeatureNamingTheDashboardIsReported() {
        assertThat(check(Boundaries.featuresKnowNoDashboard).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("DossierUsingDashboard") && d.contains("Indicators"));
    }

    @Test
    void anotherFeaturesQueryIsReportedButItsPublishedConditionsAreNot() {
        var details = check(Boundaries.noForeignQueriesOrRepositories).getFailureReport().getDetails();
        assertThat(details).anyMatch(d -> d.contains("DossierUsingDashboard") && d.contains("HotlineFiguresQuery"));
        assertThat(details).noneMatch(d -> d.contains("UsesPublishedConditions"));
    }

    @Test
    void aFilterRecordInAQueryPackageIsReported() {
        assertThat(check(Boundaries.filtersLiveInTheFeatureRoot).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("QueueFilter"));
    }
}
