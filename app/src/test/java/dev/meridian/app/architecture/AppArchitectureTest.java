package dev.meridian.app.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Screens and services of the app form a layered graph: no package reaches back into one that uses it. */
class AppArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.meridian.app");

    @Test
    void appPackagesHaveNoCycles() {
        slices().matching("dev.meridian.app.(*)..")
                .should().beFreeOfCycles()
                // Until the app has sub-packages there is nothing to slice.
                .allowEmptyShould(true)
                .check(APP);
    }
}
