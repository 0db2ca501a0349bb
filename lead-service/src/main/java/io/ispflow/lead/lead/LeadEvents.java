package io.ispflow.lead.lead;

import io.ispflow.contracts.lead.LeadSnapshot;
import io.ispflow.contracts.shared.Billing;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.lead.common.Text;

/** How a lead is described in the events it publishes. */
public final class LeadEvents {

    private LeadEvents() {}

    public static LeadSnapshot snapshot(Lead lead) {
        return new LeadSnapshot(
                lead.getId().toString(),
                lead.getZone(),
                lead.getOrigin(),
                lead.getAssignee(),
                lead.getChannel(),
                lead.getCampaign(),
                lead.getStatus().name(),
                lead.getDiscardReason(),
                lead.getStage().name(),
                contact(lead),
                lead.getNotes(),
                lead.getImportId() == null ? null : lead.getImportId().toString(),
                Text.utc(lead.getImportedAt()),
                lead.getCreatedBy(),
                Text.utc(lead.getCreatedAt()),
                lead.getUpdatedBy(),
                Text.utc(lead.getUpdatedAt()),
                lead.getVersion());
    }

    /** The contact snapshot other services copy into tickets, orders and contracts. */
    public static Contact contact(Lead lead) {
        BillingData billing = lead.getBilling();
        return new Contact(
                lead.getId().toString(),
                Text.str(lead.getPersonType()),
                lead.getName(),
                Text.str(lead.getDocumentType()),
                lead.getDocumentNumber(),
                lead.getEmail(),
                lead.getPhone(),
                lead.getMobile(),
                billing == null
                        ? null
                        : new Billing(
                                billing.getBusinessName(),
                                Text.str(billing.getTaxCondition()),
                                Text.str(billing.getInvoiceType()),
                                billing.getTaxId(),
                                billing.getAdditionalTaxes()));
    }
}
