package dev.meridian.sync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Sync talks to the outside world and knows nothing of the UI toolkit. */
class SyncArchitectureTest {

    private static final JavaClasses SYNC = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.meridian.sync");

    @Test
    void syncDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("dev.meridian.sync..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("only charts and app know JavaFX")
                // The module has no classes yet; the rule starts biting with the first one.
                .allowEmptyShould(true)
                .check(SYNC);
    }
}
