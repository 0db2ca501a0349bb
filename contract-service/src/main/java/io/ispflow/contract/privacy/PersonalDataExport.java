package io.ispflow.contract.privacy;

import io.ispflow.contract.contract.ContractView;
import io.ispflow.contract.customer.Customer;
import io.ispflow.contract.installation.InstallationOrder;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Equipment;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything the contract service holds about a lead (the right of access), as one document: its
 * customer, its contracts with their status history, and the copies of its installation orders. After
 * an erasure the same records show what remains (names "erased", other personal values null).
 */
@Schema(name = "ContractPersonalData")
record PersonalDataExport(
        @Schema(description = "The service that holds the data", example = "contract-service") String service,
        @Schema(description = "The lead the data is about", example = "c9bf9e57-1685-4c89-bafb-ff5af830be8a")
                String leadId,
        @Schema(description = "When this document was made", example = "2026-12-05T10:00:00Z")
                OffsetDateTime generatedAt,
        @Schema(description = "The lead's customer (at most one: made with the lead's first contract)")
                List<CustomerRecord> customers,
        @Schema(description = "The lead's contracts, oldest first, each with its status history")
                List<ContractView> contracts,
        @Schema(description = "The service's copies of the lead's installation orders, oldest first")
                List<InstallationRecord> installations) {

    /** The customer, with the contact snapshot of its first order. */
    @Schema(name = "ContractPersonalDataCustomer")
    record CustomerRecord(
            @Schema(description = "The customer's id", example = "16fd2706-8baf-433b-82eb-8c7fada847da") UUID id,
            @Schema(description = "The customer's number", example = "C-000017") String number,
            @Schema(description = "The lead the customer came from", example = "c9bf9e57-1685-4c89-bafb-ff5af830be8a")
                    String leadId,
            @Schema(description = "The zone (code) of the customer", example = "NORTE") String zone,
            @Schema(description = "The contact snapshot: who the customer is and how to reach them") Contact contact,
            @Schema(
                            description = "When the customer was made (with their first contract)",
                            example = "2026-12-01T13:00:00Z")
                    OffsetDateTime createdAt,
            @Schema(
                            description = "When the customer's personal data was erased; null if it was not",
                            example = "2027-01-10T09:00:00Z")
                    OffsetDateTime erasedAt,
            @Schema(description = "The customer's version", example = "0") long version) {

        static CustomerRecord of(Customer customer) {
            return new CustomerRecord(
                    customer.getId(),
                    customer.getNumber(),
                    customer.getLeadId(),
                    customer.getZone(),
                    customer.getContact(),
                    customer.getCreatedAt(),
                    customer.getErasedAt(),
                    customer.getVersion());
        }
    }

    /** The service's copy of an installation order of the lead, as order.events carried it. */
    @Schema(name = "ContractPersonalDataInstallationOrder")
    record InstallationRecord(
            @Schema(description = "The installation order's id", example = "3f2b9c4e-8a1d-4c7e-9b2a-5d6e7f8a9b0c")
                    String orderId,
            @Schema(description = "The order's number", example = "O-000123") String number,
            @Schema(
                            description = "Whether the order's creation was seen (false: only its completion or"
                                    + " cancellation arrived so far)",
                            example = "true")
                    boolean known,
            @Schema(
                            description = "The sales-desk ticket of the order",
                            example = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b")
                    String ticketId,
            @Schema(
                            description = "The ticket's request the order came from",
                            example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                    String requestId,
            @Schema(description = "The lead the order is for", example = "c9bf9e57-1685-4c89-bafb-ff5af830be8a")
                    String leadId,
            @Schema(
                            description = "The lead's prospect (the place to serve)",
                            example = "e4eaaaf2-d142-4f6f-8d4c-8d8a7b6c5e4f")
                    String prospectId,
            @Schema(description = "The zone (code) of the place", example = "NORTE") String zone,
            @Schema(description = "The customer snapshot of the order") Contact contact,
            @Schema(description = "The offer sold (plan and extras)") Offer offer,
            @Schema(description = "The place to serve") Location location,
            @Schema(description = "The order's notes", example = "Call before going") String notes,
            @Schema(description = "When the order was created", example = "2026-12-01T12:00:00Z")
                    OffsetDateTime createdAt,
            @Schema(
                            description = "How the technician closed it; null while open",
                            example = "SUCCESS",
                            allowableValues = {"SUCCESS", "FAILED"})
                    String outcome,
            @Schema(description = "Why it failed (e.g. no fiber on the pole); null otherwise") String failureReason,
            @Schema(description = "When it was closed", example = "2026-12-03T10:20:00Z") OffsetDateTime completedAt,
            @Schema(description = "What was installed") List<Equipment> equipment,
            @Schema(description = "Whether it was cancelled", example = "false") boolean cancelled,
            @Schema(description = "Why it was cancelled; null if it was not") String cancelReason,
            @Schema(description = "When it was cancelled; null if it was not") OffsetDateTime cancelledAt,
            @Schema(description = "When the copy last changed", example = "2026-12-03T10:20:00Z")
                    OffsetDateTime updatedAt,
            @Schema(
                            description = "When the lead's personal data was erased from it; null if it was not",
                            example = "2027-01-10T09:00:00Z")
                    OffsetDateTime erasedAt) {

        static InstallationRecord of(InstallationOrder order) {
            return new InstallationRecord(
                    order.getOrderId(),
                    order.getNumber(),
                    order.isKnown(),
                    order.getTicketId(),
                    order.getRequestId(),
                    order.getLeadId(),
                    order.getProspectId(),
                    order.getZone(),
                    order.getContact(),
                    order.getOffer(),
                    order.getLocation(),
                    order.getNotes(),
                    order.getCreatedAt(),
                    order.getOutcome() == null ? null : order.getOutcome().name(),
                    order.getFailureReason(),
                    order.getCompletedAt(),
                    order.getEquipment(),
                    order.isCancelled(),
                    order.getCancelReason(),
                    order.getCancelledAt(),
                    order.getUpdatedAt(),
                    order.getErasedAt());
        }
    }
}
