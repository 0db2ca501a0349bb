package io.ispflow.lead;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the features of the lead service apart: no cycles between them, the lead aggregate knows none
 * of the features built on it, and only the messaging package knows what is consumed.
 */
class LeadArchitectureTest {

    private static final JavaClasses LEAD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ispflow.lead");

    @Test
    void featuresShouldNotDependOnEachOtherInCycles() {
        slices().matching("io.ispflow.lead.(*)..").should().beFreeOfCycles().check(LEAD);
    }

    @Test
    void theLeadAggregateShouldNotKnowTheFeaturesBuiltOnIt() {
        noClasses()
                .that()
                .resideInAnyPackage("..lead.lead..", "..lead.history..", "..lead.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..lead.prospect..",
                        "..lead.timeline..",
                        "..lead.importexport..",
                        "..lead.duplicates..",
                        "..lead.assignment..",
                        "..lead.erasure..",
                        "..lead.messaging..")
                .check(LEAD);
    }

    @Test
    void onlyTheMessagingPackageShouldSubscribeToEvents() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..lead.messaging..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.ispflow.platform.events.consumer.EventSubscriptions")
                .check(LEAD);
    }

    @Test
    void domainAndServicesShouldNotDependOnTheWebLayer() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Controller")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Controller")
                .check(LEAD);
    }
}
