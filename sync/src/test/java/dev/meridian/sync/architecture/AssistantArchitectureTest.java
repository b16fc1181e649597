package dev.meridian.sync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Vendor clients stay inside the provider package; tools know nothing of providers and never reach the network. */
class AssistantArchitectureTest {

    private static final JavaClasses ASSISTANT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.meridian.sync.assistant");

    @Test
    void onlyTheProviderPackageKnowsVendorClients() {
        noClasses().that().resideOutsideOfPackage("dev.meridian.sync.assistant.provider..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j.model.openai..",
                        "dev.langchain4j.model.anthropic..", "dev.langchain4j.model.googleai..")
                .check(ASSISTANT);
    }

    @Test
    void toolsDoNotDependOnProvidersOrTheNetwork() {
        noClasses().that().resideInAPackage("dev.meridian.sync.assistant.tools..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.meridian.sync.assistant.provider..", "java.net..", "okhttp3..")
                .check(ASSISTANT);
    }
}
