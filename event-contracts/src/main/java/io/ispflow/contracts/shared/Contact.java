package io.ispflow.contracts.shared;

/**
 * A snapshot of the lead's contact data, taken when a ticket, order or contract was made, so that
 * consumers never need to call the lead service back.
 *
 * @param personType {@code INDIVIDUAL} or {@code COMPANY}
 */
public record Contact(
        String leadId,
        String personType,
        String name,
        String documentType,
        String documentNumber,
        String email,
        String phone,
        String mobile,
        Billing billing) {}
