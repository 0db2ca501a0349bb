package io.ispflow.lead.lead;

import io.ispflow.lead.common.Text;

/**
 * The data a user types about a lead: contact, identity, billing and classification. Everything but
 * the name is optional; strings are trimmed and blank ones are absent.
 */
public record LeadDetails(
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
        BillingData billing,
        String channel,
        String campaign) {

    public LeadDetails {
        name = Text.clean(name);
        documentNumber = Text.clean(documentNumber);
        email = Text.clean(email);
        phone = Text.clean(phone);
        mobile = Text.clean(mobile);
        notes = Text.clean(notes);
        origin = Text.clean(origin);
        zone = Text.clean(zone);
        channel = Text.clean(channel);
        campaign = Text.clean(campaign);
    }

    /**
     * These details with every field {@code update} has replaced: an import row that leaves a cell empty
     * keeps what the lead already has.
     */
    public LeadDetails overriddenBy(LeadDetails update) {
        BillingData mergedBilling = billing;
        if (update.billing() != null) {
            BillingData base = billing;
            BillingData patch = update.billing();
            mergedBilling = BillingData.of(
                    pick(patch.getBusinessName(), base == null ? null : base.getBusinessName()),
                    pick(patch.getTaxCondition(), base == null ? null : base.getTaxCondition()),
                    pick(patch.getInvoiceType(), base == null ? null : base.getInvoiceType()),
                    pick(patch.getTaxId(), base == null ? null : base.getTaxId()),
                    pick(patch.getAdditionalTaxes(), base == null ? null : base.getAdditionalTaxes()));
        }
        return new LeadDetails(
                pick(update.personType(), personType),
                pick(update.name(), name),
                pick(update.documentType(), documentType),
                pick(update.documentNumber(), documentNumber),
                pick(update.email(), email),
                pick(update.phone(), phone),
                pick(update.mobile(), mobile),
                pick(update.notes(), notes),
                pick(update.origin(), origin),
                pick(update.zone(), zone),
                mergedBilling,
                pick(update.channel(), channel),
                pick(update.campaign(), campaign));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
