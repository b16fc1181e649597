package dev.meridian.charts.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ChartLayersTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.meridian.charts");

    @Test
    void reductionModelAxisDrawingAndLiveCodeIsPlainJava() {
        noClasses().that().resideInAnyPackage("dev.meridian.charts.lod..", "dev.meridian.charts.model..",
                        "dev.meridian.charts.axis..", "dev.meridian.charts.drawing..", "dev.meridian.charts.live..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..")
                .check(classes);
    }

    @Test
    void chartsKnowNothingAboutStorage() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.meridian.core.db..", "org.jooq..", "java.sql..")
                .check(classes);
    }
}
