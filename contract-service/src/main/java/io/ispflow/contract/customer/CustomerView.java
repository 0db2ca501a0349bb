package io.ispflow.contract.customer;

import io.ispflow.contracts.shared.Billing;
import io.ispflow.contracts.shared.Contact;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A customer as the API shows it; {@code contracts} only on the detail (null in lists).
 *
 * @param contracts the customer's contracts the caller can see
 */
public record CustomerView(
        UUID id,
        String number,
        String leadId,
        String zone,
        String personType,
        String name,
        String documentType,
        String documentNumber,
        String email,
        String phone,
        String mobile,
        Billing billing,
        OffsetDateTime createdAt,
        long version,
        List<CustomerContracts.ContractSummary> contracts) {

    static CustomerView of(Customer customer, List<CustomerContracts.ContractSummary> contracts) {
        Contact contact = customer.getContact();
        return new CustomerView(
                customer.getId(),
                customer.getNumber(),
                customer.getLeadId(),
                customer.getZone(),
                contact.personType(),
                contact.name(),
                contact.documentType(),
                contact.documentNumber(),
                contact.email(),
                contact.phone(),
                contact.mobile(),
                contact.billing(),
                customer.getCreatedAt(),
                customer.getVersion(),
                contracts);
    }
}
