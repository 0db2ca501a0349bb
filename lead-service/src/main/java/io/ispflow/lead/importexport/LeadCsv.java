package io.ispflow.lead.importexport;

import java.util.List;

/** The CSV columns of leads: the import template, and the export (the template's columns and the rest). */
final class LeadCsv {

    /**
     * The import template, in this order (any order works; only {@code name} is required). Values:
     * personType INDIVIDUAL|COMPANY; documentType DNI|CUIT|CUIL|PASSPORT|OTHER; origin and zone are catalog
     * codes; taxCondition CONSUMIDOR_FINAL|RESPONSABLE_INSCRIPTO|MONOTRIBUTO|EXENTO; invoiceType A|B|C.
     */
    static final List<String> TEMPLATE = List.of(
            "name",
            "personType",
            "documentType",
            "documentNumber",
            "email",
            "phone",
            "mobile",
            "origin",
            "zone",
            "notes",
            "channel",
            "campaign",
            "businessName",
            "taxCondition",
            "invoiceType",
            "taxId");

    /** Read by the import besides the template's columns. */
    static final List<String> OPTIONAL = List.of("additionalTaxes");

    static final List<String> EXAMPLE = List.of(
            "Juan Pérez",
            "INDIVIDUAL",
            "DNI",
            "30123456",
            "juan.perez@example.com",
            "011 4555-1234",
            "11 5555-1234",
            "WEB",
            "NORTE",
            "Interesado en fibra 300",
            "Formulario web",
            "Verano 2026",
            "",
            "CONSUMIDOR_FINAL",
            "B",
            "");

    /** The export: every column of the template (so it can be imported back), then the lead's state. */
    static final List<String> EXPORT = List.of(
            "id",
            "name",
            "personType",
            "documentType",
            "documentNumber",
            "email",
            "phone",
            "mobile",
            "origin",
            "zone",
            "notes",
            "channel",
            "campaign",
            "businessName",
            "taxCondition",
            "invoiceType",
            "taxId",
            "additionalTaxes",
            "assignee",
            "status",
            "discardReason",
            "stage",
            "importId",
            "importedAt",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy");

    /** The database columns of {@link #EXPORT}, in the same order. */
    static final String EXPORT_SELECT = "SELECT id, name, person_type, document_type, document_number, email, phone,"
            + " mobile, origin, zone, notes, channel, campaign, billing_business_name, billing_tax_condition,"
            + " billing_invoice_type, billing_tax_id, billing_additional_taxes, assignee, status, discard_reason,"
            + " stage, import_id, imported_at, created_at, created_by, updated_at, updated_by FROM lead";

    private LeadCsv() {}
}
