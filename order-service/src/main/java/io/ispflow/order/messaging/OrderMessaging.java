package io.ispflow.order.messaging;

import io.ispflow.contracts.contract.ContractCreated;
import io.ispflow.contracts.lead.LeadErased;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import io.ispflow.contracts.ticket.OrderRequest;
import io.ispflow.contracts.ticket.TicketCancelled;
import io.ispflow.contracts.ticket.TicketOpened;
import io.ispflow.contracts.ticket.TicketOrderRequested;
import io.ispflow.order.order.NewOrder;
import io.ispflow.order.order.OrderService;
import io.ispflow.order.privacy.PersonalDataErasure;
import io.ispflow.platform.events.consumer.EventMetadata;
import io.ispflow.platform.events.consumer.EventSubscriptions;
import io.ispflow.platform.events.consumer.PoisonMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event the order service consumes, in one place. Each handler runs in the transaction that
 * records the event id (the platform's idempotent consumer), so a redelivery has no second effect.
 */
@Configuration(proxyBeanMethods = false)
class OrderMessaging {

    @Bean
    EventSubscriptions orderSubscriptions(OrderService orders, PersonalDataErasure erasure) {
        return EventSubscriptions.builder()
                // the sales-desk wizard opened a ticket, maybe asking for a feasibility or installation order
                .on(TicketOpened.class, (event, metadata) -> {
                    if (event.orderRequest() != null) {
                        orders.createFromTicket(newOrder(
                                event.ticketId(),
                                event.number(),
                                event.leadId(),
                                event.prospectId(),
                                event.zone(),
                                event.contact(),
                                event.offer(),
                                event.location(),
                                event.orderRequest(),
                                metadata));
                    }
                })
                // an existing ticket asked for another order (the installation after a feasible survey)
                .on(
                        TicketOrderRequested.class,
                        (event, metadata) -> orders.createFromTicket(newOrder(
                                event.ticketId(),
                                event.number(),
                                event.leadId(),
                                event.prospectId(),
                                event.zone(),
                                event.contact(),
                                event.offer(),
                                event.location(),
                                event.orderRequest(),
                                metadata)))
                // the ticket was cancelled: so are its orders that are not completed yet
                .on(
                        TicketCancelled.class,
                        (event, metadata) -> orders.cancelForTicket(
                                event.ticketId(),
                                event.reason() == null || event.reason().isBlank()
                                        ? "ticket cancelled"
                                        : "ticket cancelled: " + event.reason(),
                                event.by() == null || event.by().isBlank() ? "sales-desk" : event.by(),
                                event.at()))
                // back office made the contract of an installation order: "contract generated"
                .on(
                        ContractCreated.class,
                        (event, metadata) -> orders.linkContract(
                                event.orderId(), event.contractId(), event.number(), event.createdAt()))
                // an administrator erased the lead's personal data: so does every order of it, then confirms
                .on(LeadErased.class, (event, metadata) -> {
                    if (blank(event.leadId())) {
                        throw new PoisonMessageException(
                                metadata.type() + " " + metadata.id() + " names no lead to erase", null);
                    }
                    erasure.erase(event.leadId(), event.zone());
                })
                .build();
    }

    private static NewOrder newOrder(
            String ticketId,
            String ticketNumber,
            String leadId,
            String prospectId,
            String zone,
            Contact contact,
            Offer offer,
            Location location,
            OrderRequest request,
            EventMetadata metadata) {
        if (request == null
                || blank(request.requestId())
                || request.kind() == null
                || blank(ticketId)
                || blank(leadId)) {
            throw new PoisonMessageException(
                    metadata.type() + " " + metadata.id()
                            + " lacks what an order needs (ticketId, leadId, orderRequest.requestId and kind)",
                    null);
        }
        return new NewOrder(
                request.requestId(),
                request.kind(),
                ticketId,
                ticketNumber,
                leadId,
                prospectId,
                zone != null ? zone : location == null ? null : location.zone(),
                contact,
                offer,
                location,
                request.notes());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
