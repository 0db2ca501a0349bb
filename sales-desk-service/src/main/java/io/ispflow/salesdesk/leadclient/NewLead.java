package io.ispflow.salesdesk.leadclient;

import io.ispflow.contracts.shared.Billing;
import io.ispflow.salesdesk.examples.ContractExamples;
import io.swagger.v3.oas.annotations.media.Schema;

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
        @Schema(
                        description = "INDIVIDUAL or COMPANY",
                        example = "INDIVIDUAL",
                        allowableValues = {"INDIVIDUAL", "COMPANY"})
                String personType,
        @Schema(
                        description = "The person's or company's name; the only required field",
                        example = "María González",
                        maxLength = 200,
                        requiredMode = Schema.RequiredMode.REQUIRED)
                String name,
        @Schema(
                        description = "The kind of document",
                        example = "DNI",
                        allowableValues = {"DNI", "CUIT", "CUIL", "PASSPORT", "OTHER"})
                String documentType,
        @Schema(
                        description = "The document's number: letters, digits, spaces, dots, hyphens and slashes",
                        example = "30123456",
                        maxLength = 40)
                String documentNumber,
        @Schema(example = "maria.gonzalez@example.com", format = "email", maxLength = 200) String email,
        @Schema(description = "A landline: digits, spaces and + - ( ) .", example = "+54 11 4321-5678", maxLength = 40)
                String phone,
        @Schema(
                        description = "A mobile phone: digits, spaces and + - ( ) .",
                        example = "+54 9 11 5555-1234",
                        maxLength = 40)
                String mobile,
        @Schema(
                        description = "Free text for the sales team",
                        example = "Prefiere que la llamen después de las 18",
                        maxLength = 4000)
                String notes,
        @Schema(description = "An active origin's catalog code: how the lead reached us", example = "WEB")
                String origin,
        @Schema(
                        description = "An active zone's catalog code; a caller with zones must name one of theirs",
                        example = "NORTE")
                String zone,
        @Schema(description = "Tax and invoicing data, all optional", example = ContractExamples.BILLING)
                Billing billing,
        @Schema(
                        description = "The salesperson in charge (a user's subject); a salesperson may only name"
                                + " themselves",
                        example = "ana",
                        maxLength = 200)
                String assignee,
        @Schema(description = "How the lead contacted us", example = "Formulario web", maxLength = 100) String channel,
        @Schema(description = "The marketing campaign", example = "Verano 2026", maxLength = 100) String campaign) {}
