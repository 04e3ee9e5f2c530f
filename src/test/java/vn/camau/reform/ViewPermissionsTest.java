package vn.camau.reform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.Role;

/**
 * Views ask "may this user take the step" by permission name ({@code CurrentUser.may}), never by
 * listing roles: the role sets live once, in {@code security.Permission}, which the services read too.
 * Listing every role for a picker ({@code Role.values()}) stays allowed; naming one is not.
 */
@AnalyzeClasses(packages = "vn.camau.reform", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewPermissionsTest {

    @ArchTest
    static final ArchRule viewsDoNotCheckRoles = noClasses().that().resideInAPackage("..ui..")
            .should().callMethod(AppUser.class, "hasRole", Role.class)
            .because("a view asks CurrentUser.may(Permission), so it offers exactly what the service allows");

    @ArchTest
    static final ArchRule viewsDoNotNameRoles = noClasses().that().resideInAPackage("..ui..")
            .should().accessFieldWhere(DescribedPredicate.<JavaFieldAccess>describe("a Role constant",
                    access -> access.getTarget().getOwner().isEquivalentTo(Role.class)
                            && access.getTarget().getRawType().isEquivalentTo(Role.class)))
            .because("a role named in a view is a permission written a second time");
}
