package vn.camau.reform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package shape of ARCHITECTURE.md: features by package, SQL below services, Vaadin only in UI, and
 * the direction of {@link Boundaries}.
 */
@AnalyzeClasses(packages = "vn.camau.reform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule uiNeverTouchesJooq = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "vn.camau.reform.jooq..");

    @ArchTest
    static final ArchRule vaadinOnlyInUi = noClasses()
            .that().resideOutsideOfPackages("..ui..", "vn.camau.reform.jooq..")
            .and().doNotHaveFullyQualifiedName("vn.camau.reform.security.SecurityConfig")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule servicesDoNotKnowViews = noClasses().that().resideOutsideOfPackage("..ui..")
            .and().doNotHaveFullyQualifiedName("vn.camau.reform.security.SecurityConfig")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    /**
     * The generated schema ({@code jooq}) names each feature's enums as its columns' types (forced types
     * in pom.xml), so it points back at every feature that reads it: those edges are the schema's, not
     * a feature's, and are left out. A feature's own edges, to the schema or to another feature, count.
     */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("vn.camau.reform.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("vn.camau.reform.jooq.."),
                    DescribedPredicate.alwaysTrue());

    @ArchTest
    static final ArchRule baseKnowsNothingAbove = Boundaries.baseKnowsNothingAbove;

    @ArchTest
    static final ArchRule foundationsKnowNoFeature = Boundaries.foundationsKnowNoFeature;

    @ArchTest
    static final ArchRule featuresKnowNoDashboard = Boundaries.featuresKnowNoDashboard;

    @ArchTest
    static final ArchRule noForeignQueriesOrRepositories = Boundaries.noForeignQueriesOrRepositories;

    @ArchTest
    static final ArchRule filtersLiveInTheFeatureRoot = Boundaries.filtersLiveInTheFeatureRoot;

    @ArchTest
    static final ArchRule sqlStaysInRepositoriesAndQueries = noClasses()
            .that().resideOutsideOfPackages("..repository..", "..query..", "vn.camau.reform.jooq..")
            .should().dependOnClassesThat().resideInAPackage("vn.camau.reform.jooq..");
}
