package io.ispflow.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the features of the catalog independent and the shared parts free of any feature. */
class CatalogArchitectureTest {

    private static final JavaClasses CATALOG = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ispflow.catalog");

    @Test
    void featuresShouldNotDependOnEachOtherInCycles() {
        slices().matching("io.ispflow.catalog.(*)..").should().beFreeOfCycles().check(CATALOG);
    }

    @Test
    void theSharedPartsShouldNotKnowAnyFeature() {
        noClasses()
                .that()
                .resideInAPackage("..catalog.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..catalog.plan..",
                        "..catalog.item..",
                        "..catalog.discount..",
                        "..catalog.origin..",
                        "..catalog.zone..",
                        "..catalog.node..",
                        "..catalog.quote..",
                        "..catalog.demo..")
                .check(CATALOG);
    }

    @Test
    void onlyTheNodeFeatureShouldKnowZonesAndNothingShouldKnowTheDemo() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..catalog.zone..", "..catalog.node..", "..catalog.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..catalog.zone..")
                .check(CATALOG);
        noClasses()
                .that()
                .resideOutsideOfPackage("..catalog.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..catalog.demo..")
                .check(CATALOG);
    }

    @Test
    void domainAndServicesShouldNotDependOnTheWebLayer() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Controller")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Controller")
                .check(CATALOG);
    }
}
