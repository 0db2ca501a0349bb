package io.ispflow.lead.lead;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/leads} and {@code PUT /api/leads/{id}}. Only the name is required.
 * Enumerations are checked as text so that a wrong value is a field error like any other.
 */
public record LeadRequest(
        @Schema(
                        description = "INDIVIDUAL or COMPANY",
                        example = "INDIVIDUAL",
                        allowableValues = {"INDIVIDUAL", "COMPANY"})
                @Pattern(regexp = PERSON_TYPES, message = "must be INDIVIDUAL or COMPANY")
                String personType,
        @Schema(description = "the person's or company's name", example = "María González") @NotBlank @Size(max = 200)
                String name,
        @Schema(
                        description = "the kind of document",
                        example = "DNI",
                        allowableValues = {"DNI", "CUIT", "CUIL", "PASSPORT", "OTHER"})
                @Pattern(regexp = DOCUMENT_TYPES, message = "must be DNI, CUIT, CUIL, PASSPORT or OTHER")
                String documentType,
        @Schema(
                        description = "the document's number: letters, digits, spaces, dots, hyphens and slashes; "
                                + "another lead with the same one is a 409 unless force=true",
                        example = "30123456")
                @Size(max = 40)
                @Pattern(
                        regexp = DOCUMENT,
                        message = "may only contain letters, digits, spaces, dots, hyphens and slashes")
                String documentNumber,
        @Schema(example = "maria.gonzalez@example.com") @Email @Size(max = 200) String email,
        @Schema(description = "a landline: digits, spaces and + - ( ) .", example = "+54 11 4321-5678")
                @Size(max = 40)
                @Pattern(regexp = PHONE, message = "may only contain digits, spaces and + - ( ) .")
                String phone,
        @Schema(description = "a mobile phone: digits, spaces and + - ( ) .", example = "+54 9 11 5555-1234")
                @Size(max = 40)
                @Pattern(regexp = PHONE, message = "may only contain digits, spaces and + - ( ) .")
                String mobile,
        @Schema(description = "free text for the sales team", example = "Prefiere que lo llamen después de las 18")
                @Size(max = 4000)
                String notes,
        @Schema(description = "an active origin catalog code: how the lead reached us", example = "WEB") @Size(max = 40)
                String origin,
        @Schema(
                        description = "an active zone catalog code. Required for a caller with zones (one of "
                                + "theirs); a caller without zones may leave it empty: a lead every zone sees",
                        example = "NORTE")
                @Size(max = 40)
                String zone,
        @Schema(description = "tax and invoicing data, all optional") @Valid BillingRequest billing,
        @Schema(
                        description = "the subject of the salesperson in charge; a salesperson may only name "
                                + "themselves (e.g. ana), managers anyone. Empty on a new lead: the zone's "
                                + "auto-assignment may pick someone; on an edit, null keeps the current one")
                @Size(max = 200)
                @Pattern(regexp = SUBJECT, message = "must not contain commas")
                String assignee,
        @Schema(description = "how the lead contacted us", example = "Formulario web") @Size(max = 100) String channel,
        @Schema(description = "the marketing campaign", example = "Verano 2026") @Size(max = 100) String campaign) {

    public static final String PERSON_TYPES = "INDIVIDUAL|COMPANY";
    public static final String DOCUMENT_TYPES = "DNI|CUIT|CUIL|PASSPORT|OTHER";
    public static final String TAX_CONDITIONS = "CONSUMIDOR_FINAL|RESPONSABLE_INSCRIPTO|MONOTRIBUTO|EXENTO";
    public static final String INVOICE_TYPES = "A|B|C";
    public static final String DOCUMENT = "^[\\p{L}\\p{N} ./-]*$";
    public static final String PHONE = "^[0-9 +().-]*$";
    public static final String SUBJECT = "^[^,]*$";

    public record BillingRequest(
            @Schema(description = "the name to invoice", example = "González Servicios SRL") @Size(max = 200)
                    String businessName,
            @Schema(
                            description = "the tax condition (AFIP)",
                            example = "RESPONSABLE_INSCRIPTO",
                            allowableValues = {"CONSUMIDOR_FINAL", "RESPONSABLE_INSCRIPTO", "MONOTRIBUTO", "EXENTO"})
                    @Pattern(
                            regexp = TAX_CONDITIONS,
                            message = "must be CONSUMIDOR_FINAL, RESPONSABLE_INSCRIPTO, MONOTRIBUTO or EXENTO")
                    String taxCondition,
            @Schema(
                            description = "the kind of invoice",
                            example = "A",
                            allowableValues = {"A", "B", "C"})
                    @Pattern(regexp = INVOICE_TYPES, message = "must be A, B or C")
                    String invoiceType,
            @Schema(description = "the tax id (CUIT)", example = "30-71234567-9") @Size(max = 40) String taxId,
            @Schema(description = "other taxes that apply", example = "IIBB CABA") @Size(max = 200)
                    String additionalTaxes) {}

    /** The editable data of the request, with the enumerations resolved (the annotations checked them). */
    public LeadDetails details() {
        BillingData billingData = billing == null
                ? null
                : BillingData.of(
                        billing.businessName(),
                        enumOf(TaxCondition.class, billing.taxCondition()),
                        enumOf(InvoiceType.class, billing.invoiceType()),
                        billing.taxId(),
                        billing.additionalTaxes());
        return new LeadDetails(
                enumOf(PersonType.class, personType),
                name,
                enumOf(DocumentType.class, documentType),
                documentNumber,
                email,
                phone,
                mobile,
                notes,
                origin,
                zone,
                billingData,
                channel,
                campaign);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
    }
}
