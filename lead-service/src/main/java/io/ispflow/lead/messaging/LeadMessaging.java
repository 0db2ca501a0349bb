package io.ispflow.lead.messaging;

import io.ispflow.contracts.contract.ContractActivated;
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
    EventSubscriptions subscriptions(CatalogCopy catalog, CustomerConversion customers) {
        return catalog.subscribe(EventSubscriptions.builder())
                .on(ContractActivated.class, customers::contractActivated)
                .build();
    }
}
