package vn.camau.reform;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package shape of ARCHITECTURE.md: features by package, SQL below services, Vaadin only in UI. */
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

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("vn.camau.reform.(*)..")
            .should().beFreeOfCycles()
            // the application shell (base.ui) composes the features; the features use base's plain helpers
            .ignoreDependency(resideInAPackage("vn.camau.reform.base.ui.."), alwaysTrue());

    @ArchTest
    static final ArchRule sqlStaysInRepositoriesAndQueries = noClasses()
            .that().resideOutsideOfPackages("..repository..", "..query..", "vn.camau.reform.jooq..")
            .should().dependOnClassesThat().resideInAPackage("vn.camau.reform.jooq..");
}
