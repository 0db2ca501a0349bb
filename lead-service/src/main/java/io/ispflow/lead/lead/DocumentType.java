package io.ispflow.lead.lead;

/** The kind of identity document: Argentine DNI, CUIT or CUIL, a passport, or another one. */
public enum DocumentType {
    DNI,
    CUIT,
    CUIL,
    PASSPORT,
    OTHER
}
