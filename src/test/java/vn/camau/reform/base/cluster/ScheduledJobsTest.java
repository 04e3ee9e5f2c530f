package vn.camau.reform.base.cluster;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.springframework.scheduling.annotation.Scheduled;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every scheduled job runs under a cluster lock: with two nodes, a job that does not would run twice
 * (two digests a morning). A class with a {@code @Scheduled} method must go through ClusterJobs.
 */
@AnalyzeClasses(packages = "vn.camau.reform", importOptions = ImportOption.DoNotIncludeTests.class)
class ScheduledJobsTest {

    @ArchTest
    static final ArchRule everyScheduledJobTakesTheClusterLock = classes()
            .that().containAnyMethodsThat(annotatedWith(Scheduled.class))
            .should().dependOnClassesThat().areAssignableTo(ClusterJobs.class)
            .allowEmptyShould(false);
}
