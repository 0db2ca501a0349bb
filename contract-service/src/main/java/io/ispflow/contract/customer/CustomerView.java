package io.ispflow.contract.customer;

import io.ispflow.contracts.shared.Billing;
import io.ispflow.contracts.shared.Contact;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A customer as the API shows it; {@code contracts} only on the detail (null in lists).
 *
 * @param contracts the customer's contracts the caller can see
 */
public record CustomerView(
        @Schema(description = "The customer's id", example = "16fd2706-8baf-433b-82eb-8c7fada847da") UUID id,
        @Schema(description = "The customer's number", example = "C-000017") String number,
        @Schema(description = "The lead the customer came from", example = "c9bf9e57-1685-4c89-bafb-ff5af830be8a")
                String leadId,
        @Schema(description = "The zone (code) of the customer; decides who sees them", example = "NORTE") String zone,
        @Schema(
                        description = "INDIVIDUAL or COMPANY",
                        example = "INDIVIDUAL",
                        allowableValues = {"INDIVIDUAL", "COMPANY"})
                String personType,
        @Schema(description = "The person's or company's name", example = "María González") String name,
        @Schema(
                        description = "The kind of document",
                        example = "DNI",
                        allowableValues = {"DNI", "CUIT", "CUIL", "PASSPORT", "OTHER"})
                String documentType,
        @Schema(description = "The document's number", example = "30123456") String documentNumber,
        @Schema(description = "E-mail address", example = "maria.gonzalez@example.com") String email,
        @Schema(description = "A landline", example = "+54 11 4321-5678") String phone,
        @Schema(description = "A mobile phone", example = "+54 9 11 5555-1234") String mobile,
        @Schema(description = "Tax and invoicing data") Billing billing,
        @Schema(
                        description = "When the customer was made (with their first contract)",
                        example = "2026-12-01T13:00:00Z")
                OffsetDateTime createdAt,
        @Schema(description = "The customer's version: its ETag", example = "0") long version,
        @Schema(
                        description =
                                "The customer's contracts the caller can see, oldest first; only on the detail (null in lists)")
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
