package io.ispflow.contract.contract;

import io.ispflow.contracts.contract.ContractActivated;
import io.ispflow.contracts.contract.ContractCreated;
import io.ispflow.contracts.contract.ContractReactivated;
import io.ispflow.contracts.contract.ContractSuspended;
import io.ispflow.contracts.contract.ContractTerminated;
import io.ispflow.contracts.shared.Contact;
import java.time.OffsetDateTime;

/** The contract's published events, built from its state (event-carried state transfer). */
final class ContractEvents {

    private ContractEvents() {}

    static ContractCreated created(Contract contract) {
        return new ContractCreated(
                contract.getId().toString(),
                contract.getNumber(),
                contract.getCustomerId().toString(),
                contract.getCustomerNumber(),
                contract.getLeadId(),
                contract.getOrderId(),
                contract.getTicketId(),
                contract.getZone(),
                contract.getOffer(),
                contract.getPricing(),
                contract.getLocation(),
                contract.getTechnical().toData(),
                contract.getStatus().name(),
                contract.getCreatedBy(),
                contract.getCreatedAt());
    }

    /** What billing and network provisioning need to start: customer, plan, prices, technical data. */
    static ContractActivated activated(Contract contract) {
        return new ContractActivated(
                contract.getId().toString(),
                contract.getNumber(),
                contract.getCustomerId().toString(),
                contract.getCustomerNumber(),
                contract.getLeadId(),
                contract.getOrderId(),
                contract.getTicketId(),
                contract.getZone(),
                customer(contract),
                contract.getOffer(),
                contract.getPricing(),
                contract.getLocation(),
                contract.getTechnical().toData(),
                contract.getActivatedAt());
    }

    static ContractSuspended suspended(Contract contract, String reason, String by, OffsetDateTime at) {
        return new ContractSuspended(
                contract.getId().toString(),
                contract.getNumber(),
                contract.getCustomerId().toString(),
                contract.getLeadId(),
                contract.getZone(),
                reason,
                by,
                at);
    }

    static ContractReactivated reactivated(Contract contract, String reason, String by, OffsetDateTime at) {
        return new ContractReactivated(
                contract.getId().toString(),
                contract.getNumber(),
                contract.getCustomerId().toString(),
                contract.getLeadId(),
                contract.getZone(),
                reason,
                by,
                at);
    }

    static ContractTerminated terminated(Contract contract, String reason, String by, OffsetDateTime at) {
        return new ContractTerminated(
                contract.getId().toString(),
                contract.getNumber(),
                contract.getCustomerId().toString(),
                contract.getLeadId(),
                contract.getZone(),
                reason,
                by,
                at);
    }

    /** The contact snapshot of the contract, always naming its lead. */
    private static Contact customer(Contract contract) {
        Contact contact = contract.getContact();
        if (contact.leadId() != null) {
            return contact;
        }
        return new Contact(
                contract.getLeadId(),
                contact.personType(),
                contact.name(),
                contact.documentType(),
                contact.documentNumber(),
                contact.email(),
                contact.phone(),
                contact.mobile(),
                contact.billing());
    }
}
