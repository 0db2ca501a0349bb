package io.ispflow.lead.lead;

/** The IVA category (condición frente al IVA), which decides the invoice type. */
public enum TaxCondition {
    CONSUMIDOR_FINAL,
    RESPONSABLE_INSCRIPTO,
    MONOTRIBUTO,
    EXENTO
}
