package io.ispflow.lead.lead;

import io.ispflow.lead.common.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A lead as the API shows it (the sales desk relies on exactly these fields). */
public record LeadView(
        @Schema(description = "the lead's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c") UUID id,
        @Schema(example = "INDIVIDUAL") PersonType personType,
        @Schema(example = "María González") String name,
        @Schema(example = "DNI") DocumentType documentType,
        @Schema(example = "30123456") String documentNumber,
        @Schema(example = "maria.gonzalez@example.com") String email,
        @Schema(example = "+54 11 4321-5678") String phone,
        @Schema(example = "+54 9 11 5555-1234") String mobile,
        @Schema(example = "Prefiere que lo llamen después de las 18") String notes,
        @Schema(description = "origin catalog code", example = "WEB") String origin,
        @Schema(description = "zone catalog code; null: a lead every zone sees", example = "NORTE") String zone,
        @Schema(description = "tax and invoicing data; null when there is none") BillingView billing,
        @Schema(description = "the subject of the salesperson in charge; null: nobody", example = "ana")
                String assignee,
        @Schema(example = "Formulario web") String channel,
        @Schema(example = "Verano 2026") String campaign,
        @Schema(description = "the sales status", example = "NEW") LeadStatus status,
        @Schema(description = "why it was discarded; null unless the status is DISCARDED") String discardReason,
        @Schema(
                        description = "how far it got: LEAD, PROSPECT (it has an offer), CUSTOMER (a contract)",
                        example = "LEAD")
                LeadStage stage,
        @Schema(
                        description = "the import that created it; null when registered by hand",
                        example = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f")
                UUID importId,
        @Schema(description = "when that import created it", example = "2026-11-30T14:05:00Z")
                OffsetDateTime importedAt,
        @Schema(example = "2026-11-30T14:05:00Z") OffsetDateTime createdAt,
        @Schema(description = "who registered it", example = "ana") String createdBy,
        @Schema(example = "2026-12-01T09:30:00Z") OffsetDateTime updatedAt,
        @Schema(description = "who changed it last", example = "ana") String updatedBy,
        @Schema(description = "the version, also sent as the ETag", example = "3") long version) {

    public record BillingView(
            @Schema(example = "González Servicios SRL") String businessName,
            @Schema(example = "RESPONSABLE_INSCRIPTO") TaxCondition taxCondition,
            @Schema(example = "A") InvoiceType invoiceType,
            @Schema(example = "30-71234567-9") String taxId,
            @Schema(example = "IIBB CABA") String additionalTaxes) {

        static BillingView of(BillingData billing) {
            return billing == null
                    ? null
                    : new BillingView(
                            billing.getBusinessName(),
                            billing.getTaxCondition(),
                            billing.getInvoiceType(),
                            billing.getTaxId(),
                            billing.getAdditionalTaxes());
        }
    }

    public static LeadView of(Lead lead) {
        return new LeadView(
                lead.getId(),
                lead.getPersonType(),
                lead.getName(),
                lead.getDocumentType(),
                lead.getDocumentNumber(),
                lead.getEmail(),
                lead.getPhone(),
                lead.getMobile(),
                lead.getNotes(),
                lead.getOrigin(),
                lead.getZone(),
                BillingView.of(lead.getBilling()),
                lead.getAssignee(),
                lead.getChannel(),
                lead.getCampaign(),
                lead.getStatus(),
                lead.getDiscardReason(),
                lead.getStage(),
                lead.getImportId(),
                Text.utc(lead.getImportedAt()),
                Text.utc(lead.getCreatedAt()),
                lead.getCreatedBy(),
                Text.utc(lead.getUpdatedAt()),
                lead.getUpdatedBy(),
                lead.getVersion());
    }
}
