package io.ispflow.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the platform's parts independent, so each can be read and changed on its own. */
class PlatformArchitectureTest {

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ispflow.platform");

    @Test
    void problemDetailsShouldNotDependOnTheOtherParts() {
        noClasses()
                .that()
                .resideInAPackage("..platform.problem..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..platform.events..", "..platform.idempotency..", "..platform.security..", "..platform.web..")
                .check(PLATFORM);
    }

    @Test
    void eventsShouldNotDependOnWebSecurityOrIdempotency() {
        noClasses()
                .that()
                .resideInAPackage("..platform.events..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..platform.security..", "..platform.idempotency..", "..platform.problem..")
                .check(PLATFORM);
    }

    @Test
    void consumersShouldNotPublishDirectlyToKafkaExceptThroughTheRelay() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..platform.events.outbox..", "io.ispflow.platform")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
                .check(PLATFORM);
    }
}
