package io.ispflow.lead.lead;

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
        @Pattern(regexp = PERSON_TYPES, message = "must be INDIVIDUAL or COMPANY") String personType,
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = DOCUMENT_TYPES, message = "must be DNI, CUIT, CUIL, PASSPORT or OTHER") String documentType,
        @Size(max = 40)
                @Pattern(
                        regexp = DOCUMENT,
                        message = "may only contain letters, digits, spaces, dots, hyphens and slashes")
                String documentNumber,
        @Email @Size(max = 200) String email,
        @Size(max = 40) @Pattern(regexp = PHONE, message = "may only contain digits, spaces and + - ( ) .")
                String phone,
        @Size(max = 40) @Pattern(regexp = PHONE, message = "may only contain digits, spaces and + - ( ) .")
                String mobile,
        @Size(max = 4000) String notes,
        @Size(max = 40) String origin,
        @Size(max = 40) String zone,
        @Valid BillingRequest billing,
        @Size(max = 200) @Pattern(regexp = SUBJECT, message = "must not contain commas") String assignee,
        @Size(max = 100) String channel,
        @Size(max = 100) String campaign) {

    public static final String PERSON_TYPES = "INDIVIDUAL|COMPANY";
    public static final String DOCUMENT_TYPES = "DNI|CUIT|CUIL|PASSPORT|OTHER";
    public static final String TAX_CONDITIONS = "CONSUMIDOR_FINAL|RESPONSABLE_INSCRIPTO|MONOTRIBUTO|EXENTO";
    public static final String INVOICE_TYPES = "A|B|C";
    public static final String DOCUMENT = "^[\\p{L}\\p{N} ./-]*$";
    public static final String PHONE = "^[0-9 +().-]*$";
    public static final String SUBJECT = "^[^,]*$";

    public record BillingRequest(
            @Size(max = 200) String businessName,
            @Pattern(
                            regexp = TAX_CONDITIONS,
                            message = "must be CONSUMIDOR_FINAL, RESPONSABLE_INSCRIPTO, MONOTRIBUTO or EXENTO")
                    String taxCondition,
            @Pattern(regexp = INVOICE_TYPES, message = "must be A, B or C") String invoiceType,
            @Size(max = 40) String taxId,
            @Size(max = 200) String additionalTaxes) {}

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
