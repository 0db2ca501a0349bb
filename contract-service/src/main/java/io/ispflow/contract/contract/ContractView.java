package io.ispflow.contract.contract;

import io.ispflow.contracts.contract.Pricing;
import io.ispflow.contracts.contract.TechnicalData;
import io.ispflow.contracts.shared.Billing;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A contract as the API shows it. {@code history} only on the detail (null in lists).
 *
 * @param installation the outcome of the installation order once closed (null before): SUCCESS, or
 *     FAILED with the technician's reason while the contract stays ENABLED
 */
record ContractView(
        UUID id,
        String number,
        String status,
        String zone,
        String orderId,
        String orderNumber,
        String ticketId,
        String leadId,
        Customer customer,
        Offer offer,
        Pricing pricing,
        Location location,
        TechnicalData technical,
        Installation installation,
        String notes,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime activatedAt,
        OffsetDateTime updatedAt,
        long version,
        List<Change> history) {

    /** The customer holding the contract, with the contact snapshot of its order. */
    record Customer(
            UUID id,
            String number,
            String personType,
            String name,
            String documentType,
            String documentNumber,
            String email,
            String phone,
            String mobile,
            Billing billing) {}

    record Installation(String outcome, String reason, OffsetDateTime at) {}

    record Change(String status, String reason, String by, OffsetDateTime at) {}

    static ContractView of(Contract contract, boolean withHistory) {
        Contact contact = contract.getContact();
        return new ContractView(
                contract.getId(),
                contract.getNumber(),
                contract.getStatus().name(),
                contract.getZone(),
                contract.getOrderId(),
                contract.getOrderNumber(),
                contract.getTicketId(),
                contract.getLeadId(),
                new Customer(
                        contract.getCustomerId(),
                        contract.getCustomerNumber(),
                        contact.personType(),
                        contact.name(),
                        contact.documentType(),
                        contact.documentNumber(),
                        contact.email(),
                        contact.phone(),
                        contact.mobile(),
                        contact.billing()),
                contract.getOffer(),
                contract.getPricing(),
                contract.getLocation(),
                contract.getTechnical().toData(),
                contract.getInstallationOutcome() == null
                        ? null
                        : new Installation(
                                contract.getInstallationOutcome().name(),
                                contract.getInstallationReason(),
                                contract.getInstallationAt()),
                contract.getNotes(),
                contract.getCreatedBy(),
                contract.getCreatedAt(),
                contract.getActivatedAt(),
                contract.getUpdatedAt(),
                contract.getVersion(),
                withHistory
                        ? contract.getHistory().stream()
                                .map(change -> new Change(
                                        change.status().name(),
                                        change.reason(),
                                        change.changedBy(),
                                        change.changedAt()))
                                .toList()
                        : null);
    }
}
