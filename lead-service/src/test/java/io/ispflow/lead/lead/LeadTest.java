package io.ispflow.lead.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ispflow.lead.history.FieldChange;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private static LeadDetails details(String name, String document, String email) {
        return new LeadDetails(
                PersonType.INDIVIDUAL,
                name,
                DocumentType.DNI,
                document,
                email,
                null,
                null,
                null,
                "WEB",
                "NORTE",
                BillingData.of(null, TaxCondition.CONSUMIDOR_FINAL, InvoiceType.B, "20-30111222-3", null),
                null,
                null);
    }

    private static Lead aLead() {
        return Lead.register(UUID.randomUUID(), details("Ana Gómez", "30111222", "ana@example.com"), null, NOW, "ana");
    }

    @Test
    void shouldReportOnlyTheFieldsThatChanged() {
        Lead lead = aLead();

        var changes = lead.edit(details("Ana Gómez", "30111222", "  ana.gomez@example.com "), NOW, "beto");

        assertThat(changes).containsExactly(new FieldChange("email", "ana@example.com", "ana.gomez@example.com"));
        assertThat(lead.getUpdatedBy()).isEqualTo("beto");
        assertThat(lead.edit(lead.details(), NOW, "beto")).isEmpty();
    }

    @Test
    void shouldMoveStagesOnlyForward() {
        Lead lead = aLead();

        assertThat(lead.advanceTo(LeadStage.CUSTOMER, NOW, "contract-service")).isPresent();
        assertThat(lead.advanceTo(LeadStage.PROSPECT, NOW, "ana")).isEmpty();
        assertThat(lead.advanceTo(LeadStage.CUSTOMER, NOW, "contract-service")).isEmpty();
        assertThat(lead.getStage()).isEqualTo(LeadStage.CUSTOMER);
    }

    @Test
    void shouldKeepACustomersIdentityButNotTheirContactData() {
        Lead lead = aLead();
        lead.advanceTo(LeadStage.CUSTOMER, NOW, "contract-service");

        assertThatThrownBy(() -> lead.edit(details("Otra Persona", "30111222", "ana@example.com"), NOW, "ana"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> lead.edit(details("Ana Gómez", "99", "ana@example.com"), NOW, "ana"))
                .isInstanceOf(ConflictException.class);
        assertThat(lead.edit(details("Ana Gómez", "30111222", "nueva@example.com"), NOW, "ana"))
                .extracting(FieldChange::field)
                .containsExactly("email");
    }

    @Test
    void shouldDiscardOnlyWithAReason() {
        Lead lead = aLead();

        assertThatThrownBy(() -> lead.changeStatus(LeadStatus.DISCARDED, " ", NOW, "ana"))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> lead.changeStatus(LeadStatus.CONTACTED, "porque sí", NOW, "ana"))
                .isInstanceOf(BadRequestException.class);
        assertThat(lead.changeStatus(LeadStatus.DISCARDED, "Sin cobertura", NOW, "ana"))
                .hasSize(2);
    }

    @Test
    void shouldForgetPersonalDataAndRefuseChangesOnceErased() {
        Lead lead = aLead();

        lead.erase(NOW, "admin");

        assertThat(lead.getName()).isEqualTo("erased");
        assertThat(lead.getDocumentNumber()).isNull();
        assertThat(lead.getEmail()).isNull();
        assertThat(lead.getBilling()).isNull();
        assertThat(lead.getZone()).isEqualTo("NORTE");
        assertThatThrownBy(() -> lead.reassign("beto", NOW, "marta")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> lead.erase(NOW, "admin")).isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldBeDeletableOnlyWhenImportedUnassignedUnconvertedAndOldEnough() {
        Duration sixtyDays = Duration.ofDays(60);
        Lead manual = aLead();
        Lead imported = aLead();
        imported.markImported(UUID.randomUUID(), NOW);

        assertThatThrownBy(() -> manual.requireDeletable(NOW.plus(Duration.ofDays(90)), sixtyDays))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> imported.requireDeletable(NOW.plus(Duration.ofDays(59)), sixtyDays))
                .isInstanceOf(ConflictException.class);
        imported.requireDeletable(NOW.plus(sixtyDays), sixtyDays);
        imported.reassign("ana", NOW, "marta");
        assertThatThrownBy(() -> imported.requireDeletable(NOW.plus(Duration.ofDays(90)), sixtyDays))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldMergeAnImportRowKeepingWhatItLeavesEmpty() {
        LeadDetails current = details("Ana Gómez", "30111222", "ana@example.com");
        LeadDetails row = new LeadDetails(
                null,
                null,
                null,
                null,
                "nueva@example.com",
                "011 4444-5555",
                null,
                null,
                null,
                null,
                BillingData.of("Gómez SRL", null, null, null, null),
                null,
                "Verano");

        LeadDetails merged = current.overriddenBy(row);

        assertThat(merged.name()).isEqualTo("Ana Gómez");
        assertThat(merged.email()).isEqualTo("nueva@example.com");
        assertThat(merged.phone()).isEqualTo("011 4444-5555");
        assertThat(merged.billing().getBusinessName()).isEqualTo("Gómez SRL");
        assertThat(merged.billing().getTaxId()).isEqualTo("20-30111222-3");
        assertThat(merged.campaign()).isEqualTo("Verano");
    }
}
