package io.ispflow.contract.privacy;

import io.ispflow.contract.common.ErasedLeads;
import io.ispflow.contract.contract.Contract;
import io.ispflow.contract.contract.ContractsOfLead;
import io.ispflow.contract.customer.Customer;
import io.ispflow.contract.customer.CustomerService;
import io.ispflow.contract.installation.InstallationOrder;
import io.ispflow.contract.installation.InstallationOrders;
import io.ispflow.contracts.contract.ContractPersonalDataErased;
import io.ispflow.contracts.lead.LeadErased;
import io.ispflow.platform.events.EventPublisher;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right to erasure in the contract service ({@code lead.erased.v1}), in the transaction of the
 * idempotent consumer: the lead's installation order copies, contracts and customer are anonymised
 * (names become "erased", every other personal value null), the stored Idempotency-Key responses and
 * the already published outbox rows about its contracts and customer are deleted, the lead is
 * remembered as erased (nothing of it is copied, and no contract is made for it, later), and
 * {@code contract.personal-data-erased.v1} confirms it with the number of records anonymised.
 *
 * <p>Not while a contract of the lead is in force (ACTIVE, SUSPENDED, REACTIVATED): the law (the
 * contract, its invoices) requires keeping the customer's identity. The lead service refuses such an
 * erasure, but a contract may have become active since it checked; then nothing is anonymised and
 * nothing confirmed (a warning names the contracts), so the lead's erasure record shows this service
 * as not confirmed until back office terminates them and an administrator asks again.
 *
 * <p>Asked again (a new event for the same lead), it reaches the same end state and confirms again
 * with the same count: the records of the lead it holds, all of them anonymised.
 */
@Service
public class PersonalDataErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);

    private final InstallationOrders installationOrders;
    private final ContractsOfLead contracts;
    private final CustomerService customers;
    private final ErasedLeads erasedLeads;
    private final JdbcClient jdbc;
    private final EventPublisher events;
    private final Clock clock;

    PersonalDataErasure(
            InstallationOrders installationOrders,
            ContractsOfLead contracts,
            CustomerService customers,
            ErasedLeads erasedLeads,
            JdbcClient jdbc,
            EventPublisher events,
            Clock clock) {
        this.installationOrders = installationOrders;
        this.contracts = contracts;
        this.customers = customers;
        this.erasedLeads = erasedLeads;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Erases the lead's personal data and confirms it; does neither while a contract is in force. */
    @Transactional
    public void erase(LeadErased request) {
        String leadId = request.leadId();
        // the locks contract creation and activation take, in their order (orders, then contracts): an
        // activation racing this erasure either commits first (and is seen here) or finds the contract erased
        List<InstallationOrder> copies = installationOrders.lockOfLead(leadId);
        List<Contract> ofLead = contracts.lock(leadId);
        List<String> inForce = ofLead.stream()
                .filter(contract -> contract.getStatus().isInForce())
                .map(contract -> contract.getNumber() + " (" + contract.getId() + ", " + contract.getStatus() + ")")
                .toList();
        if (!inForce.isEmpty()) {
            log.warn(
                    "Did not erase the personal data of lead {} and did not confirm: its contracts {} are in force and"
                            + " the law requires keeping the customer's identity; terminate them, then ask for the"
                            + " erasure again",
                    leadId,
                    inForce);
            return;
        }
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        installationOrders.erase(copies, at);
        contracts.erase(ofLead, at);
        Optional<Customer> customer = customers.eraseOfLead(leadId, at);
        erasedLeads.add(leadId, at);

        List<String> aggregates = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        ofLead.forEach(contract -> {
            aggregates.add(contract.getId().toString());
            locations.add("/api/contracts/" + contract.getId());
            for (String change : List.of("suspension", "reactivation", "termination")) {
                changes.add("/api/contracts/" + contract.getId() + "/" + change);
            }
        });
        customer.ifPresent(found -> {
            aggregates.add(found.getId().toString());
            locations.add("/api/customers/" + found.getId());
        });
        int responses = 0;
        int published = 0;
        if (!aggregates.isEmpty()) {
            // the stored responses of the requests that created or changed them replay the person's data
            responses = jdbc.sql(
                            """
                            DELETE FROM idempotency_key
                             WHERE response_location IN (:locations) OR path IN (:changes)
                            """)
                    .param("locations", locations)
                    .param("changes", changes.isEmpty() ? List.of("") : changes)
                    .update();
            // what the relay already sent is on the topic; unpublished rows stay for the relay
            published = jdbc.sql("DELETE FROM outbox_event WHERE event_key IN (:keys) AND published_at IS NOT NULL")
                    .param("keys", aggregates)
                    .update();
        }
        int records = copies.size() + ofLead.size() + (customer.isPresent() ? 1 : 0);
        events.publish(new ContractPersonalDataErased(leadId, request.zone(), records, at));
        log.info(
                "Erased the personal data of lead {}: {} installation order copies, {} contracts, {} customer;"
                        + " deleted {} stored responses and {} published outbox rows",
                leadId,
                copies.size(),
                ofLead.size(),
                customer.isPresent() ? 1 : 0,
                responses,
                published);
    }
}
