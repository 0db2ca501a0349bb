package io.ispflow.salesdesk.leadclient;

import io.ispflow.contracts.shared.Billing;

/**
 * The body of {@code POST /api/leads}: only the name is required; the lead service checks the rest
 * (document, catalog codes, zone) and its field errors reach the caller.
 *
 * @param personType {@code INDIVIDUAL} or {@code COMPANY}
 * @param documentType {@code DNI}, {@code CUIT}, {@code CUIL}, {@code PASSPORT} or {@code OTHER}
 * @param origin a catalog origin code ({@code WEB})
 * @param zone a catalog zone code ({@code NORTE})
 */
public record NewLead(
        String personType,
        String name,
        String documentType,
        String documentNumber,
        String email,
        String phone,
        String mobile,
        String notes,
        String origin,
        String zone,
        Billing billing,
        String assignee,
        String channel,
        String campaign) {}
