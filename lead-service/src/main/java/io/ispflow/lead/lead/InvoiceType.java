package io.ispflow.lead.lead;

/** Factura A, B or C. */
public enum InvoiceType {
    A,
    B,
    C
}
