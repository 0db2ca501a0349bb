package io.ispflow.contracts.shared;

import io.ispflow.contracts.Personal;

/**
 * A customer's tax and invoicing data (Argentina: IVA condition, invoice type A/B/C, CUIT/CUIL).
 *
 * @param taxCondition e.g. {@code CONSUMIDOR_FINAL}, {@code RESPONSABLE_INSCRIPTO}, {@code MONOTRIBUTO}, {@code EXENTO}
 * @param invoiceType e.g. {@code A}, {@code B}, {@code C}
 * @param taxId CUIT/CUIL or the country's tax id
 */
public record Billing(
        @Personal String businessName,
        String taxCondition,
        String invoiceType,
        @Personal String taxId,
        String additionalTaxes) {}
