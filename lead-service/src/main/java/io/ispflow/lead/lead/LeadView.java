package io.ispflow.lead.lead;

import io.ispflow.lead.common.Text;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A lead as the API shows it (the sales desk relies on exactly these fields). */
public record LeadView(
        UUID id,
        PersonType personType,
        String name,
        DocumentType documentType,
        String documentNumber,
        String email,
        String phone,
        String mobile,
        String notes,
        String origin,
        String zone,
        BillingView billing,
        String assignee,
        String channel,
        String campaign,
        LeadStatus status,
        String discardReason,
        LeadStage stage,
        UUID importId,
        OffsetDateTime importedAt,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy,
        long version) {

    public record BillingView(
            String businessName,
            TaxCondition taxCondition,
            InvoiceType invoiceType,
            String taxId,
            String additionalTaxes) {

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
