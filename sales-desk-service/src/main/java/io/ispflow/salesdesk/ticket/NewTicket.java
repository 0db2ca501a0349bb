package io.ispflow.salesdesk.ticket;

import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.contracts.ticket.OrderKind;
import java.util.List;
import java.util.UUID;

/**
 * What a ticket is opened with: the lead and prospect (found or created by the wizard), the snapshot
 * taken from them, and the order to ask for right away ({@code orderKind} null for a ticket alone).
 *
 * @param notes the wizard's notes: the ticket's first comment and the order request's notes
 */
public record NewTicket(
        UUID leadId,
        UUID prospectId,
        String zone,
        String assignee,
        List<String> tags,
        Contact contact,
        Offer offer,
        Location location,
        OrderKind orderKind,
        String notes) {}
