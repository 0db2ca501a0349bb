package io.ispflow.contract.contract;

import io.ispflow.contracts.contract.Pricing;
import io.ispflow.contracts.contract.TechnicalData;
import io.ispflow.contracts.shared.Billing;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A contract as the API shows it. {@code history} only on the detail (null in lists).
 *
 * @param installation the outcome of the installation order once closed (null before): SUCCESS, or
 *     FAILED with the technician's reason while the contract stays ENABLED
 */
public record ContractView(
        @Schema(description = "The contract's id", example = "a3bb189e-8bf9-4888-9912-ace4e6543002") UUID id,
        @Schema(description = "The contract's number", example = "CT-000042") String number,
        @Schema(
                        description = "Where the contract stands",
                        example = "ACTIVE",
                        allowableValues = {"ENABLED", "ACTIVE", "SUSPENDED", "REACTIVATED", "TERMINATED"})
                String status,
        @Schema(description = "The zone (code) of the place served; decides who sees the contract", example = "NORTE")
                String zone,
        @Schema(
                        description = "The installation order it was made from",
                        example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c")
                String orderId,
        @Schema(description = "The order's number", example = "O-000123") String orderNumber,
        @Schema(description = "The sales-desk ticket of the order", example = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b")
                String ticketId,
        @Schema(description = "The lead the customer came from", example = "c9bf9e57-1685-4c89-bafb-ff5af830be8a")
                String leadId,
        @Schema(description = "The customer holding the contract") Customer customer,
        @Schema(description = "The offer contracted (plan and extras)") Offer offer,
        @Schema(description = "The prices frozen when the contract was made") Pricing pricing,
        @Schema(description = "The place served") Location location,
        @Schema(description = "The technical part: node, connection mode, IP address, PPPoE user, CPE")
                TechnicalData technical,
        @Schema(description = "The installation order's outcome once closed; null before") Installation installation,
        @Schema(description = "Notes on the contract", example = "The customer asks for a call before any visit")
                String notes,
        @Schema(description = "Who created it (login)", example = "bea") String createdBy,
        @Schema(description = "When it was created", example = "2026-12-01T13:00:00Z") OffsetDateTime createdAt,
        @Schema(description = "When its installation succeeded and it became ACTIVE", example = "2026-12-03T10:20:00Z")
                OffsetDateTime activatedAt,
        @Schema(description = "When it last changed", example = "2026-12-03T10:20:00Z") OffsetDateTime updatedAt,
        @Schema(
                        description = "When the customer's personal data was erased from it (right to erasure); null if"
                                + " it was not",
                        example = "2027-01-10T09:00:00Z")
                OffsetDateTime erasedAt,
        @Schema(description = "The contract's version: its ETag, the If-Match of its changes", example = "1")
                long version,
        @Schema(description = "Its status changes, oldest first; only on the detail (null in lists)")
                List<Change> history) {

    /** The customer holding the contract, with the contact snapshot of its order. */
    public record Customer(
            @Schema(description = "The customer's id", example = "16fd2706-8baf-433b-82eb-8c7fada847da") UUID id,
            @Schema(description = "The customer's number", example = "C-000017") String number,
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
            @Schema(description = "Tax and invoicing data") Billing billing) {}

    /** The installation order's outcome. */
    public record Installation(
            @Schema(
                            description = "How the installation went",
                            example = "SUCCESS",
                            allowableValues = {"SUCCESS", "FAILED"})
                    String outcome,
            @Schema(description = "The technician's reason when it FAILED (e.g. no fiber on the pole)") String reason,
            @Schema(description = "When the order was closed", example = "2026-12-03T10:20:00Z") OffsetDateTime at) {}

    /** One step of the contract's history. */
    public record Change(
            @Schema(
                            description = "The status it moved to",
                            example = "SUSPENDED",
                            allowableValues = {"ENABLED", "ACTIVE", "SUSPENDED", "REACTIVATED", "TERMINATED"})
                    String status,
            @Schema(description = "Why", example = "Two invoices unpaid") String reason,
            @Schema(description = "Who moved it (login)", example = "bea") String by,
            @Schema(description = "When", example = "2026-12-20T15:00:00Z") OffsetDateTime at) {}

    /** The contract with its history, as its detail shows it. */
    public static ContractView detail(Contract contract) {
        return of(contract, true);
    }

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
                contract.getErasedAt(),
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
