package io.ispflow.console.web;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The API's enumerations the forms offer, in the API's order (the labels come from the message bundles). Templates
 * read them as {@code ${@choices.leadStatuses()}}.
 */
@Component("choices")
public class Choices {

    public List<String> personTypes() {
        return List.of("INDIVIDUAL", "COMPANY");
    }

    public List<String> documentTypes() {
        return List.of("DNI", "CUIT", "CUIL", "PASSPORT", "OTHER");
    }

    public List<String> taxConditions() {
        return List.of("CONSUMIDOR_FINAL", "RESPONSABLE_INSCRIPTO", "MONOTRIBUTO", "EXENTO");
    }

    public List<String> invoiceTypes() {
        return List.of("A", "B", "C");
    }

    public List<String> leadStatuses() {
        return List.of("NEW", "CONTACTED", "QUALIFIED", "DISCARDED");
    }

    public List<String> stages() {
        return List.of("LEAD", "PROSPECT", "CUSTOMER");
    }

    public List<String> gridColumns() {
        return List.of("name", "status", "stage", "zone", "origin", "assignee", "createdAt");
    }

    public List<String> leadTabs() {
        return List.of("data", "prospects", "activity", "history", "tickets");
    }

    public List<String> entryTypes() {
        return List.of("NOTE", "CALL", "MEETING", "VISIT", "TASK", "INCIDENCE");
    }

    public List<String> priorities() {
        return List.of("HIGH", "MEDIUM", "LOW");
    }

    public List<String> incidenceStatuses() {
        return List.of("NEW", "NOT_STARTED", "IN_PROGRESS", "WAITING", "DEFERRED", "COMPLETED", "CLOSED");
    }

    /** The per-row report's filters: every row (""), then each outcome. */
    public List<String> importOutcomes() {
        return List.of("", "ERROR", "DUPLICATE", "CREATED", "UPDATED", "UNCHANGED");
    }

    /** Statuses that close a ticket: no more orders, loss or cancellation. */
    public List<String> closedTicketStatuses() {
        return List.of("WON", "LOST", "CANCELLED");
    }
}
