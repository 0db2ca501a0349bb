package io.ispflow.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ispflow.platform.events.consumer.EventSubscriptions;
import org.junit.jupiter.api.Test;

/** Keeps the features' dependencies pointing one way: planning and fieldwork use orders, not back. */
class OrderArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ispflow.order");

    @Test
    void ordersAndTechniciansShouldNotDependOnPlanningFieldworkOrMessaging() {
        noClasses()
                .that()
                .resideInAnyPackage("..order.order..", "..order.technician..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..order.planning..", "..order.fieldwork..", "..order.messaging..")
                .check(SERVICE);
    }

    @Test
    void techniciansShouldNotDependOnOrders() {
        noClasses()
                .that()
                .resideInAPackage("..order.technician..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.ispflow.order.order..")
                .check(SERVICE);
    }

    @Test
    void onlyTheMessagingPackageShouldDeclareSubscriptions() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..order.messaging..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(EventSubscriptions.class)
                .check(SERVICE);
    }
}
