package io.ispflow.salesdesk.leadclient;

import io.ispflow.contracts.shared.Billing;
import io.ispflow.contracts.shared.Contact;
import java.util.UUID;

/** The part of the lead service's lead view the sales desk uses; other members are ignored. */
public record LeadView(
        UUID id,
        String personType,
        String name,
        String documentType,
        String documentNumber,
        String email,
        String phone,
        String mobile,
        String zone,
        Billing billing,
        String assignee,
        String status,
        String stage,
        Long version) {

    /** The contact snapshot a ticket keeps of this lead. */
    public Contact toContact() {
        return new Contact(
                id.toString(), personType, name, documentType, documentNumber, email, phone, mobile, billing);
    }
}
