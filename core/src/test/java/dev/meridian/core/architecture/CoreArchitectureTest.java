package dev.meridian.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core is plain Java: no UI toolkit, no HTTP, no JSON mapper, no LLM or bank SDK, and no package cycles. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.meridian.core");

    @Test
    void coreUsesNoUiNetworkOrIntegrationLibrary() {
        noClasses().that().resideInAPackage("dev.meridian.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "okhttp3..", "com.fasterxml..", "dev.langchain4j..", "com.plaid..",
                        "java.net.http..", "java.awt..")
                .because("core is plain Java; UI lives in charts/app and network code in sync")
                .check(CORE);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("dev.meridian.core.(*)..")
                .should().beFreeOfCycles()
                .check(CORE);
    }
}
