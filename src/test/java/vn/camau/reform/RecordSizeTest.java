package vn.camau.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Rows of 30–40 components were hard to read and easy to fill in the wrong order: a record holds at most
 * {@value #MAX_COMPONENTS}, and a bigger one is split into sections. Excepted: the demo generator's
 * plain rows and the rows the features' bulk writers take from it ({@code *BulkWriter}'s nested records),
 * which carry one component per column of the table they fill, in the table's order.
 */
class RecordSizeTest {

    static final int MAX_COMPONENTS = 20;

    static List<String> oversized(JavaClasses classes) {
        List<String> found = new ArrayList<>();
        for (JavaClass c : classes) {
            boolean bulkRow = c.getEnclosingClass().map(e -> e.getSimpleName().endsWith("BulkWriter")).orElse(false);
            if (c.isRecord() && !bulkRow && !c.getPackageName().startsWith("vn.camau.reform.demo.generator")
                    && !c.getPackageName().startsWith("vn.camau.reform.jooq")) {
                int components = c.reflect().getRecordComponents().length;
                if (components > MAX_COMPONENTS) {
                    found.add(c.getName() + " (" + components + ")");
                }
            }
        }
        return found;
    }

    @Test
    void noRecordHasMoreThanTwentyComponents() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.camau.reform");
        assertThat(oversized(main)).isEmpty();
    }

    /** A deliberate violation: a test-only record of 21 components is reported. */
    record TooWide(int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9, int a10, int a11,
                   int a12, int a13, int a14, int a15, int a16, int a17, int a18, int a19, int a20, int a21) {
    }

    @Test
    void aRecordOfTwentyOneComponentsIsReported() {
        assertThat(oversized(new ClassFileImporter().importClasses(TooWide.class)))
                .containsExactly(TooWide.class.getName() + " (21)");
    }
}
