package io.ispflow.salesdesk.messaging;

import io.ispflow.contracts.contract.ContractActivated;
import io.ispflow.contracts.lead.LeadErased;
import io.ispflow.contracts.order.OrderCancelled;
import io.ispflow.contracts.order.OrderCompleted;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.contracts.order.OrderRescheduled;
import io.ispflow.contracts.order.OrderScheduled;
import io.ispflow.contracts.order.OrderStarted;
import io.ispflow.contracts.order.OrderUnscheduled;
import io.ispflow.platform.events.consumer.EventMetadata;
import io.ispflow.platform.events.consumer.EventSubscriptions;
import io.ispflow.salesdesk.privacy.PersonalDataErasure;
import io.ispflow.salesdesk.ticket.TicketLifecycle;
import io.ispflow.salesdesk.ticket.TicketLifecycle.Cause;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event the sales desk consumes, in one place: the order service's progress of the orders
 * tickets asked for, the contract activation that wins the sale, and the erasure of a lead's personal
 * data. Each handler runs in the
 * transaction that records the event id (the platform's idempotent consumer), so a redelivery has no
 * second effect; the ticket itself ignores late and repeated moves.
 */
@Configuration(proxyBeanMethods = false)
class SalesDeskMessaging {

    @Bean
    EventSubscriptions salesDeskSubscriptions(TicketLifecycle tickets, PersonalDataErasure erasure) {
        return EventSubscriptions.builder()
                // the order of a ticket's request exists: its id and number
                .on(OrderCreated.class, (event, metadata) -> tickets.apply(event, cause(metadata)))
                // an installation on the calendar: INSTALLATION_SCHEDULED; off it again: INSTALLATION_REQUESTED
                .on(OrderScheduled.class, (event, metadata) -> tickets.apply(event, cause(metadata)))
                .on(OrderRescheduled.class, (event, metadata) -> tickets.apply(event, cause(metadata)))
                .on(OrderUnscheduled.class, (event, metadata) -> tickets.apply(event, cause(metadata)))
                .on(OrderStarted.class, (event, metadata) -> tickets.apply(event, cause(metadata)))
                // the result: FEASIBLE, NOT_FEASIBLE, INSTALLED, or back to waiting when the visit failed
                .on(OrderCompleted.class, (event, metadata) -> tickets.apply(event, cause(metadata)))
                // back to where the ticket was before asking for the order
                .on(OrderCancelled.class, (event, metadata) -> tickets.apply(event, cause(metadata)))
                // the customer's contract is active: WON
                .on(ContractActivated.class, (event, metadata) -> tickets.apply(event, cause(metadata)))
                // the right to erasure: the lead's tickets lose the person's data, then ticket.personal-data-erased.v1
                .on(LeadErased.class, (event, metadata) -> erasure.erase(event, cause(metadata)))
                .build();
    }

    private static Cause cause(EventMetadata metadata) {
        return new Cause(metadata.id(), metadata.source());
    }
}
