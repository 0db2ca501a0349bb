package io.ispflow.salesdesk.ticket;

/** A move of a ticket along the pipeline, published as {@code ticket.status-changed.v1}. */
public record StatusChange(TicketStatus from, TicketStatus to) {}
