package io.ispflow.contracts.shared;

import io.ispflow.contracts.Personal;

/**
 * A snapshot of the lead's contact data, taken when a ticket, order or contract was made, so that
 * consumers never need to call the lead service back.
 *
 * @param personType {@code INDIVIDUAL} or {@code COMPANY}
 */
public record Contact(
        String leadId,
        String personType,
        @Personal String name,
        String documentType,
        @Personal String documentNumber,
        @Personal String email,
        @Personal String phone,
        @Personal String mobile,
        Billing billing) {}
