package dev.meridian.sync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** One class per vendor: a vendor package sees the port and the shared HTTP layer, never another vendor. */
class MarketDataArchitectureTest {

    private static final JavaClasses MARKET = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.meridian.sync.market");

    private static final String[] VENDORS = {"yahoo", "alphavantage", "coingecko", "binance", "stooq", "ecb"};

    @Test
    void vendorsDoNotKnowEachOther() {
        for (String vendor : VENDORS) {
            String[] others = java.util.Arrays.stream(VENDORS).filter(v -> !v.equals(vendor))
                    .map(v -> "dev.meridian.sync.market." + v + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.meridian.sync.market." + vendor + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("adding or removing a vendor must touch one package and the catalog only")
                    .check(MARKET);
        }
    }

    @Test
    void theHttpLayerKnowsNoVendorAndNoCatalog() {
        noClasses().that().resideInAPackage("dev.meridian.sync.market.http..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.meridian.sync.market.yahoo..", "dev.meridian.sync.market.alphavantage..",
                        "dev.meridian.sync.market.coingecko..", "dev.meridian.sync.market.binance..",
                        "dev.meridian.sync.market.stooq..", "dev.meridian.sync.market.ecb..",
                        "dev.meridian.sync.market.catalog..")
                .check(MARKET);
    }
}
