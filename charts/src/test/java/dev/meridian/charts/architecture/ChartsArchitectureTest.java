package dev.meridian.charts.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Charts render data they are given; fetching it is the sync module's job. */
class ChartsArchitectureTest {

    private static final JavaClasses CHARTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.meridian.charts");

    @Test
    void chartsDoNotOpenHttpConnections() {
        noClasses().that().resideInAPackage("dev.meridian.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "java.net.http..")
                .because("nothing outside sync opens a socket")
                // The module has no classes yet; the rule starts biting with the first one.
                .allowEmptyShould(true)
                .check(CHARTS);
    }
}
