package io.ispflow.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ispflow.contract.installation.InstallationOutcome;
import io.ispflow.contracts.contract.Pricing;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.platform.problem.ConflictException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Contract anEnabledContract() {
        return Contract.create(
                new Contract.Terms(
                        "CT-000001",
                        "order-1",
                        "O-000001",
                        "ticket-1",
                        "lead-1",
                        UUID.randomUUID(),
                        "C-000001",
                        "NORTE",
                        new Contact("lead-1", "INDIVIDUAL", "Juana", null, null, null, null, null, null),
                        new Offer("FIBRA-300", List.of(), List.of()),
                        null,
                        new Pricing("ARS", List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                        new Technical("OLT-1", ConnectionMode.DHCP, null, null, null),
                        null),
                "bea",
                CREATED);
    }

    @Test
    void shouldBeEnabledUntilItsInstallationSucceeds() {
        Contract contract = anEnabledContract();

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.ENABLED);
        assertThat(contract.installationCompleted(InstallationOutcome.SUCCESS, null, CREATED.plusDays(2)))
                .isTrue();
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contract.getActivatedAt()).isEqualTo(CREATED.plusDays(2));
    }

    @Test
    void shouldIgnoreASecondSuccess() {
        Contract contract = anEnabledContract();
        contract.installationCompleted(InstallationOutcome.SUCCESS, null, CREATED.plusDays(2));

        assertThat(contract.installationCompleted(InstallationOutcome.SUCCESS, null, CREATED.plusDays(3)))
                .isFalse();
        assertThat(contract.getActivatedAt()).isEqualTo(CREATED.plusDays(2));
        assertThat(contract.getHistory()).hasSize(2);
    }

    @Test
    void shouldStayEnabledAndShowWhyWhenTheInstallationFails() {
        Contract contract = anEnabledContract();

        assertThat(contract.installationCompleted(InstallationOutcome.FAILED, "sin señal", CREATED.plusDays(1)))
                .isFalse();
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.ENABLED);
        assertThat(contract.getInstallationOutcome()).isEqualTo(InstallationOutcome.FAILED);
        assertThat(contract.getInstallationReason()).isEqualTo("sin señal");
        // a later successful visit still activates it
        assertThat(contract.installationCompleted(InstallationOutcome.SUCCESS, null, CREATED.plusDays(4)))
                .isTrue();
        assertThat(contract.getInstallationReason()).isNull();
    }

    @Test
    void shouldNeverBeActiveBeforeItExisted() {
        Contract contract = anEnabledContract();

        contract.installationCompleted(InstallationOutcome.SUCCESS, null, CREATED.minusDays(1));

        assertThat(contract.getActivatedAt()).isEqualTo(CREATED);
    }

    @Test
    void shouldMoveThroughSuspensionAndReactivationUntilTerminated() {
        Contract contract = anEnabledContract();
        contract.installationCompleted(InstallationOutcome.SUCCESS, null, CREATED);

        contract.suspend("falta de pago", "bea", CREATED.plusDays(30));
        contract.reactivate("pagó", "bea", CREATED.plusDays(31));
        contract.suspend("falta de pago", "bea", CREATED.plusDays(60));
        contract.terminate("baja", "bea", CREATED.plusDays(90));

        assertThat(contract.getHistory())
                .extracting(StatusChange::status)
                .containsExactly(
                        ContractStatus.ENABLED,
                        ContractStatus.ACTIVE,
                        ContractStatus.SUSPENDED,
                        ContractStatus.REACTIVATED,
                        ContractStatus.SUSPENDED,
                        ContractStatus.TERMINATED);
    }

    @Test
    void shouldRefuseIllegalMoves() {
        Contract enabled = anEnabledContract();

        assertThatThrownBy(() -> enabled.suspend("x", "bea", CREATED)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> enabled.reactivate("x", "bea", CREATED)).isInstanceOf(ConflictException.class);
        enabled.terminate("desistió", "bea", CREATED);
        assertThatThrownBy(() -> enabled.terminate("x", "bea", CREATED)).isInstanceOf(ConflictException.class);
        assertThat(enabled.installationCompleted(InstallationOutcome.SUCCESS, null, CREATED))
                .isFalse();
        assertThat(enabled.getStatus()).isEqualTo(ContractStatus.TERMINATED);
    }

    @Test
    void shouldEraseTheCustomerButKeepWhatWasSoldAndNeverActivateAfterwards() {
        Contract contract = anEnabledContract();
        contract.installationCompleted(InstallationOutcome.FAILED, "Juana no estaba", CREATED.plusDays(1));

        contract.erase(CREATED.plusDays(2));

        assertThat(contract.isErased()).isTrue();
        assertThat(contract.getContact().name()).isEqualTo("erased");
        assertThat(contract.getContact().leadId()).isEqualTo("lead-1");
        assertThat(contract.getInstallationReason()).isNull();
        assertThat(contract.getNumber()).isEqualTo("CT-000001");
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.ENABLED);
        assertThatThrownBy(() -> contract.installationCompleted(InstallationOutcome.SUCCESS, null, CREATED.plusDays(3)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("personal data was erased");
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.ENABLED);
        // it can still be terminated, freeing its address
        contract.terminate("baja", "bea", CREATED.plusDays(4));
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.TERMINATED);
    }

    @Test
    void shouldNotEraseAContractInForce() {
        Contract contract = anEnabledContract();
        contract.installationCompleted(InstallationOutcome.SUCCESS, null, CREATED.plusDays(1));
        contract.suspend("falta de pago", "bea", CREATED.plusDays(30));

        assertThat(ContractStatus.SUSPENDED.isInForce()).isTrue();
        assertThatThrownBy(() -> contract.erase(CREATED.plusDays(31))).isInstanceOf(IllegalStateException.class);
        assertThat(contract.getContact().name()).isEqualTo("Juana");
        assertThat(contract.getHistory().get(2).reason()).isEqualTo("falta de pago");
    }

    @Test
    void shouldEraseTheReasonsOfATerminatedContractsHistory() {
        Contract contract = anEnabledContract();
        contract.installationCompleted(InstallationOutcome.SUCCESS, null, CREATED.plusDays(1));
        contract.terminate("se mudó con su familia", "bea", CREATED.plusDays(90));

        contract.erase(CREATED.plusDays(91));
        contract.erase(CREATED.plusDays(92));

        assertThat(contract.getHistory())
                .extracting(StatusChange::status)
                .containsExactly(ContractStatus.ENABLED, ContractStatus.ACTIVE, ContractStatus.TERMINATED);
        assertThat(contract.getHistory()).extracting(StatusChange::reason).containsOnlyNulls();
        assertThat(contract.getHistory()).extracting(StatusChange::changedBy).contains("bea");
        // asked again: the first erasure's time stays
        assertThat(contract.getErasedAt()).isEqualTo(CREATED.plusDays(91));
    }
}
