package io.ispflow.contract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the direction of the features: contracts use customers, installation orders and pricing;
 * none of those knows contracts; only messaging knows the consumed events' handlers.
 */
class ContractArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ispflow.contract");

    @Test
    void featuresShouldNotDependOnEachOtherInCycles() {
        slices().matching("io.ispflow.contract.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void customersInstallationOrdersAndPricingShouldNotKnowContracts() {
        noClasses()
                .that()
                .resideInAnyPackage("..contract.customer..", "..contract.installation..", "..contract.pricing..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.ispflow.contract.contract..")
                .check(SERVICE);
    }

    @Test
    void onlyMessagingShouldSubscribeToEvents() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..contract.messaging..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.ispflow.platform.events.consumer.EventSubscriptions")
                .check(SERVICE);
    }

    @Test
    void theSharedPartsShouldNotKnowAnyFeature() {
        noClasses()
                .that()
                .resideInAPackage("..contract.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.ispflow.contract.contract..",
                        "..contract.customer..",
                        "..contract.installation..",
                        "..contract.pricing..",
                        "..contract.messaging..")
                .check(SERVICE);
    }

    @Test
    void domainAndServicesShouldNotDependOnTheWebLayer() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Controller")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Controller")
                .check(SERVICE);
    }
}
