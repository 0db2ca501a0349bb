package io.ispflow.salesdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The direction of the sales desk's dependencies: the ticket knows neither the wizard, the board nor
 * the lead service; the lead client knows no ticket; only the wizard calls the lead service.
 */
class SalesDeskArchitectureTest {

    private static final JavaClasses SALES_DESK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ispflow.salesdesk");

    @Test
    void featuresShouldNotDependOnEachOtherInCycles() {
        slices().matching("io.ispflow.salesdesk.(*)..")
                .should()
                .beFreeOfCycles()
                .check(SALES_DESK);
    }

    @Test
    void theTicketShouldNotKnowWhoDrivesIt() {
        noClasses()
                .that()
                .resideInAPackage("..salesdesk.ticket..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..salesdesk.wizard..",
                        "..salesdesk.board..",
                        "..salesdesk.leadclient..",
                        "..salesdesk.messaging..")
                .check(SALES_DESK);
    }

    @Test
    void theLeadClientShouldKnowNoTicket() {
        noClasses()
                .that()
                .resideInAPackage("..salesdesk.leadclient..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..salesdesk.ticket..", "..salesdesk.wizard..", "..salesdesk.board..")
                .check(SALES_DESK);
    }

    @Test
    void onlyTheWizardShouldCallTheLeadService() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..salesdesk.wizard..", "..salesdesk.leadclient..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..salesdesk.leadclient..")
                .check(SALES_DESK);
    }

    @Test
    void domainAndServicesShouldNotDependOnTheWebLayer() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Controller")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Controller")
                .check(SALES_DESK);
    }
}
