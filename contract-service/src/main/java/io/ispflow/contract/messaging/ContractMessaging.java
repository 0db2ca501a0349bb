package io.ispflow.contract.messaging;

import io.ispflow.contract.contract.ContractService;
import io.ispflow.contract.installation.InstallationOrders;
import io.ispflow.contract.privacy.PersonalDataErasure;
import io.ispflow.contracts.lead.LeadErased;
import io.ispflow.contracts.order.OrderCancelled;
import io.ispflow.contracts.order.OrderCompleted;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.platform.catalog.CatalogCopy;
import io.ispflow.platform.events.consumer.EventSubscriptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event the contract service consumes, in one place. Each handler runs in the transaction that
 * records the event id (the platform's idempotent consumer), so a redelivery has no second effect.
 */
@Configuration(proxyBeanMethods = false)
class ContractMessaging {

    @Bean
    EventSubscriptions contractSubscriptions(
            CatalogCopy catalog,
            InstallationOrders installationOrders,
            ContractService contracts,
            PersonalDataErasure erasure) {
        // the catalog (prices to freeze, nodes to connect through): the service's own copy
        return catalog.subscribe(EventSubscriptions.builder())
                // an installation order to make a contract from (feasibility orders are ignored)
                .on(OrderCreated.class, (event, metadata) -> installationOrders.recordCreated(event))
                // the technician closed it: a success activates its contract, a failure shows on it
                .on(OrderCompleted.class, (event, metadata) -> installationOrders
                        .recordCompleted(event)
                        .ifPresent(contracts::installationCompleted))
                // cancelled: it can no longer get a contract
                .on(OrderCancelled.class, (event, metadata) -> installationOrders.recordCancelled(event))
                // the right to erasure: anonymise every copy of the person and confirm, unless a contract is in force
                .on(LeadErased.class, (event, metadata) -> erasure.erase(event))
                .build();
    }
}
