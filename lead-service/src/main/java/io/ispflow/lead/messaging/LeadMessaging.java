package io.ispflow.lead.messaging;

import io.ispflow.contracts.contract.ContractActivated;
import io.ispflow.contracts.contract.ContractPersonalDataErased;
import io.ispflow.contracts.order.OrderPersonalDataErased;
import io.ispflow.contracts.ticket.TicketPersonalDataErased;
import io.ispflow.lead.erasure.ErasureProgress;
import io.ispflow.platform.catalog.CatalogCopy;
import io.ispflow.platform.events.consumer.EventSubscriptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event the lead service consumes, in one place: the catalog (origins, zones, plans, items,
 * discounts) into the service's own copy, so leads and prospects are validated even while the catalog
 * service is down; and activated contracts, which make their lead a customer.
 */
@Configuration
class LeadMessaging {

    @Bean
    EventSubscriptions subscriptions(CatalogCopy catalog, CustomerConversion customers, ErasureProgress erasures) {
        return catalog.subscribe(EventSubscriptions.builder())
                .on(ContractActivated.class, customers::contractActivated)
                // each service's confirmation that an erasure reached its copies
                .on(TicketPersonalDataErased.class, erasures::confirmed)
                .on(OrderPersonalDataErased.class, erasures::confirmed)
                .on(ContractPersonalDataErased.class, erasures::confirmed)
                .build();
    }
}
