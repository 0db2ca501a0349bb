package io.ispflow.lead.lead;

/** Whether the lead is a person or a company (persona física o jurídica). */
public enum PersonType {
    INDIVIDUAL,
    COMPANY
}
