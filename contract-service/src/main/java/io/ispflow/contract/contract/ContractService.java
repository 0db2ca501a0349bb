package io.ispflow.contract.contract;

import io.ispflow.contract.common.ErasedLeads;
import io.ispflow.contract.customer.Customer;
import io.ispflow.contract.customer.CustomerService;
import io.ispflow.contract.installation.InstallationOrder;
import io.ispflow.contract.installation.InstallationOrders;
import io.ispflow.contract.pricing.PriceFreezer;
import io.ispflow.contracts.catalog.NodeChanged;
import io.ispflow.contracts.contract.Pricing;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.platform.catalog.CatalogCopy;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.problem.ConflictException;
import io.ispflow.platform.problem.ProblemException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.ZoneVisibility;
import io.ispflow.platform.web.ETags;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts: the prefilled form, creation from an installation order, activation when the order's
 * installation succeeds, and the lifecycle back office drives. Every change is one transaction that
 * publishes its event through the outbox.
 */
@Service
public class ContractService {

    private static final Logger log = LoggerFactory.getLogger(ContractService.class);

    static final String IP_INDEX = "contract_live_ip_per_node";
    static final String ORDER_CONSTRAINT = "contract_order_unique";

    private final ContractRepository contracts;
    private final InstallationOrders orders;
    private final CustomerService customers;
    private final PriceFreezer prices;
    private final TechnicalPart technicalPart;
    private final CatalogCopy catalog;
    private final ErasedLeads erasedLeads;
    private final JdbcClient jdbc;
    private final EventPublisher events;
    private final Clock clock;

    ContractService(
            ContractRepository contracts,
            InstallationOrders orders,
            CustomerService customers,
            PriceFreezer prices,
            TechnicalPart technicalPart,
            CatalogCopy catalog,
            ErasedLeads erasedLeads,
            JdbcClient jdbc,
            EventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.orders = orders;
        this.customers = customers;
        this.prices = prices;
        this.technicalPart = technicalPart;
        this.catalog = catalog;
        this.erasedLeads = erasedLeads;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    // --- the form -------------------------------------------------------------------------------

    /** What the creation form shows for the order; 404 unknown or outside the zones, 409 already contracted. */
    @Transactional(readOnly = true)
    public PrefillView prefill(String orderId, Caller caller) {
        InstallationOrder order = visibleOrder(orders.findKnown(orderId), orderId, caller);
        requireNoContract(orderId);
        requireNotCancelled(order);
        requireNotErased(order);
        List<String> warnings = new ArrayList<>();
        Pricing pricing = null;
        try {
            pricing = prices.freeze(order.getOffer());
        } catch (ProblemException unpriceable) {
            warnings.add(unpriceable.getMessage());
        }
        List<PrefillView.NodeOption> nodes = catalog.all(NodeChanged.class, true).stream()
                .filter(node -> order.getZone() == null || order.getZone().equals(node.zone()))
                .map(node -> new PrefillView.NodeOption(node.code(), node.name(), node.kind(), node.location()))
                .toList();
        if (nodes.isEmpty()) {
            warnings.add("No active node serves zone " + order.getZone() + " in the catalog copy.");
        }
        Optional<Customer> customer = customers.ofLead(order.getLeadId());
        return new PrefillView(
                order.getOrderId(),
                order.getNumber(),
                order.getTicketId(),
                order.getLeadId(),
                order.getProspectId(),
                order.getZone(),
                new PrefillView.Customer(
                        customer.map(Customer::getId).orElse(null),
                        customer.map(Customer::getNumber).orElse(null),
                        contactOf(order)),
                order.getOffer(),
                pricing,
                order.getLocation(),
                nodes,
                order.getOutcome() == null
                        ? null
                        : new ContractView.Installation(
                                order.getOutcome().name(), order.getFailureReason(), order.getCompletedAt()),
                List.copyOf(warnings));
    }

    // --- creation -------------------------------------------------------------------------------

    /**
     * Creates the contract of an installation order, prefilled from the order copy and the catalog
     * copy, with the technical part from back office. The order row stays locked until commit, so a
     * second request for the order waits and then gets its 409, and the order's completion cannot
     * slip between reading it and creating the contract. When the installation already succeeded the
     * contract is activated at once, in the same transaction.
     */
    @Transactional
    public Contract create(ContractRequests.CreateContract request, Caller caller) {
        String orderId = request.orderId().trim();
        InstallationOrder order = visibleOrder(orders.lockKnown(orderId), orderId, caller);
        ZoneVisibility.requireHolds(caller, order.getZone());
        requireNoContract(orderId);
        requireNotCancelled(order);
        requireNotErased(order);
        Technical technical = technicalPart.check(request.technical(), order.getZone());
        Pricing pricing = prices.freeze(order.getOffer());
        if (technical.ipAddress() != null
                && contracts.addressTaken(technical.node(), technical.ipAddress(), ContractStatus.TERMINATED)) {
            throw ipInUse(technical);
        }
        Contact contact = contactOf(order);
        Customer customer = customers.forLead(order.getLeadId(), order.getZone(), contact);
        OffsetDateTime now = now();
        Contract contract = Contract.create(
                new Contract.Terms(
                        nextNumber(),
                        order.getOrderId(),
                        order.getNumber(),
                        order.getTicketId(),
                        order.getLeadId(),
                        customer.getId(),
                        customer.getNumber(),
                        order.getZone(),
                        contact,
                        order.getOffer(),
                        order.getLocation(),
                        pricing,
                        technical,
                        blankToNull(request.notes())),
                caller.subject(),
                now);
        contract = insert(contract, technical);
        events.publish(ContractEvents.created(contract));
        if (order.getOutcome() != null) {
            // the technician closed the order before back office made the contract
            completeInstallation(contract, order);
        }
        return contract;
    }

    // --- the installation order's completion ------------------------------------------------------

    /**
     * The installation order was closed (called by the order event's handler, with the order row
     * locked): a success activates its contract and publishes {@code ContractActivated} once, a
     * failure is recorded on it. No contract yet: the outcome waits on the order copy for the
     * contract's creation.
     */
    @Transactional
    public void installationCompleted(InstallationOrder order) {
        contracts.findByOrderId(order.getOrderId()).ifPresent(contract -> completeInstallation(contract, order));
    }

    private void completeInstallation(Contract contract, InstallationOrder order) {
        if (contract.isErased()) {
            // the person was erased while the contract waited for its installation: it never becomes
            // active, and the completion is no poison message (nothing to retry, nothing to dead-letter)
            log.info(
                    "Ignored the {} completion of order {}: the customer of contract {} was erased",
                    order.getOutcome(),
                    order.getOrderId(),
                    contract.getNumber());
            return;
        }
        boolean activated =
                contract.installationCompleted(order.getOutcome(), order.getFailureReason(), order.getCompletedAt());
        contracts.saveAndFlush(contract);
        if (activated) {
            events.publish(ContractEvents.activated(contract));
        }
    }

    // --- reading ----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<Contract> list(ContractFilter filter, Caller caller, Pageable pageable) {
        return contracts.findAll(
                ZoneVisibility.<Contract>visibleTo(caller, "zone").and(filter.toSpecification()), pageable);
    }

    /** The contract with its history, or a 404 when unknown or outside the caller's zones. */
    @Transactional(readOnly = true)
    public ContractView get(UUID id, Caller caller) {
        return ContractView.of(visible(id, caller), true);
    }

    // --- lifecycle --------------------------------------------------------------------------------

    @Transactional
    public ContractView suspend(UUID id, String ifMatch, String reason, Caller caller) {
        Contract contract = forChange(id, ifMatch, caller);
        OffsetDateTime now = now();
        contract.suspend(reason.trim(), caller.subject(), now);
        contracts.saveAndFlush(contract);
        events.publish(ContractEvents.suspended(contract, reason.trim(), caller.subject(), now));
        return ContractView.of(contract, true);
    }

    @Transactional
    public ContractView reactivate(UUID id, String ifMatch, String reason, Caller caller) {
        Contract contract = forChange(id, ifMatch, caller);
        OffsetDateTime now = now();
        contract.reactivate(reason.trim(), caller.subject(), now);
        contracts.saveAndFlush(contract);
        events.publish(ContractEvents.reactivated(contract, reason.trim(), caller.subject(), now));
        return ContractView.of(contract, true);
    }

    @Transactional
    public ContractView terminate(UUID id, String ifMatch, String reason, Caller caller) {
        Contract contract = forChange(id, ifMatch, caller);
        OffsetDateTime now = now();
        contract.terminate(reason.trim(), caller.subject(), now);
        contracts.saveAndFlush(contract);
        events.publish(ContractEvents.terminated(contract, reason.trim(), caller.subject(), now));
        return ContractView.of(contract, true);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private Contract visible(UUID id, Caller caller) {
        return ZoneVisibility.requireVisible(
                caller, contracts.findById(id).orElse(null), Contract::getZone, "Contract", id);
    }

    /** The contract at the version the client last saw (If-Match); 428 without it, 412 when stale. */
    private Contract forChange(UUID id, String ifMatch, Caller caller) {
        Contract contract = visible(id, caller);
        ZoneVisibility.requireHolds(caller, contract.getZone());
        ETags.requireMatch(ifMatch, contract.getVersion());
        return contract;
    }

    /**
     * An order whose creation the copy has seen and the caller may see. An order not copied yet (its
     * event is still on the way) is a 404 like an unknown one: this service cannot tell its zone.
     */
    private static InstallationOrder visibleOrder(Optional<InstallationOrder> order, String orderId, Caller caller) {
        if (order.isEmpty()) {
            throw new ProblemException(
                    HttpStatus.NOT_FOUND,
                    "not-found",
                    "Not found",
                    "Installation order " + orderId + " was not found. An order created a moment ago may not"
                            + " have reached the contract service yet: retry shortly.");
        }
        return ZoneVisibility.requireVisible(
                caller, order.get(), InstallationOrder::getZone, "Installation order", orderId);
    }

    private void requireNoContract(String orderId) {
        contracts.findByOrderId(orderId).ifPresent(existing -> {
            throw contractExists(orderId, existing.getId());
        });
    }

    private static void requireNotCancelled(InstallationOrder order) {
        if (order.isCancelled()) {
            throw new ConflictException(
                            "order-cancelled",
                            "Installation order " + order.getOrderId() + " was cancelled"
                                    + (order.getCancelReason() == null ? "" : ": " + order.getCancelReason())
                                    + "; it cannot get a contract.")
                    .with("orderId", order.getOrderId());
        }
    }

    /** No contract for a lead whose personal data was erased here: its customer could never be identified. */
    private void requireNotErased(InstallationOrder order) {
        if (order.isErased() || erasedLeads.contains(order.getLeadId())) {
            throw new ConflictException(
                            "customer-erased",
                            "The customer's personal data was erased: installation order " + order.getOrderId()
                                    + " cannot get a contract.")
                    .with("orderId", order.getOrderId());
        }
    }

    /** Inserts now, so the database's unique rules answer here, as 409s naming what collided. */
    private Contract insert(Contract contract, Technical technical) {
        try {
            return contracts.saveAndFlush(contract);
        } catch (DataIntegrityViolationException violation) {
            String constraint = constraintOf(violation);
            if (IP_INDEX.equals(constraint)) {
                throw ipInUse(technical);
            }
            if (ORDER_CONSTRAINT.equals(constraint)) {
                throw contractExists(contract.getOrderId(), null);
            }
            throw violation;
        }
    }

    private static String constraintOf(DataIntegrityViolationException violation) {
        for (Throwable cause = violation; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException hibernate && hibernate.getConstraintName() != null) {
                return hibernate.getConstraintName();
            }
        }
        String message = String.valueOf(violation.getMostSpecificCause().getMessage());
        if (message.contains(IP_INDEX)) {
            return IP_INDEX;
        }
        return message.contains(ORDER_CONSTRAINT) ? ORDER_CONSTRAINT : null;
    }

    private static ConflictException ipInUse(Technical technical) {
        return (ConflictException) new ConflictException(
                        "ip-in-use",
                        "IP address " + technical.ipAddress() + " is already used by a live contract of node "
                                + technical.node() + ".")
                .with("ipAddress", technical.ipAddress())
                .with("node", technical.node());
    }

    private static ConflictException contractExists(String orderId, UUID contractId) {
        ConflictException conflict = new ConflictException(
                "contract-exists",
                "Installation order " + orderId + " already has a contract; one order, one contract.");
        conflict.with("orderId", orderId);
        if (contractId != null) {
            conflict.with("contractId", contractId.toString());
        }
        return conflict;
    }

    /** The order's contact snapshot, always naming its lead. */
    private static Contact contactOf(InstallationOrder order) {
        Contact contact = order.getContact();
        if (contact == null) {
            throw new ConflictException(
                    "order-incomplete", "Installation order " + order.getOrderId() + " carries no customer contact.");
        }
        if (contact.leadId() != null) {
            return contact;
        }
        return new Contact(
                order.getLeadId(),
                contact.personType(),
                contact.name(),
                contact.documentType(),
                contact.documentNumber(),
                contact.email(),
                contact.phone(),
                contact.mobile(),
                contact.billing());
    }

    private String nextNumber() {
        long sequence = jdbc.sql("SELECT nextval('contract_number_seq')")
                .query(Long.class)
                .single();
        return "CT-%06d".formatted(sequence);
    }

    private OffsetDateTime now() {
        // PostgreSQL keeps microseconds: the events carry exactly what a later read returns
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
