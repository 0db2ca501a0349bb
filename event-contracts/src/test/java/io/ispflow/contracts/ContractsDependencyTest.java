package io.ispflow.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Systems outside this repository use the contracts: they must not drag in any framework. */
class ContractsDependencyTest {

    @Test
    void shouldDependOnNothingButTheJdk() {
        var contracts = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ispflow.contracts");

        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.ispflow.contracts..", "java..")
                .check(contracts);
    }
}
