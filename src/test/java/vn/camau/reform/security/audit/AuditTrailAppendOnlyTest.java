package vn.camau.reform.security.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import vn.camau.reform.security.audit.repository.AuditRepository;

/**
 * The trail is append-only in the application: only its writer and its reader touch the table, and
 * the writer can only append. A method that updates or deletes entries would have to be added to
 * AuditRepository, and this test would name it.
 */
class AuditTrailAppendOnlyTest {

    @Test
    void onlyTheWriterAndTheReaderTouchTheTable() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.camau.reform");
        noClasses().that().resideOutsideOfPackages("vn.camau.reform.security.audit.repository",
                        "vn.camau.reform.security.audit.query", "vn.camau.reform.jooq..")
                .should().dependOnClassesThat().haveFullyQualifiedName("vn.camau.reform.jooq.tables.AuditEntry")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("vn.camau.reform.jooq.tables.records.AuditEntryRecord")
                .check(classes);
    }

    @Test
    void theWriterOnlyAppends() {
        assertThat(Arrays.stream(AuditRepository.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName))
                .containsExactly("append");
    }
}
