package io.ispflow.contract.installation;

import io.ispflow.contract.common.ErasedLeads;
import io.ispflow.contracts.order.OrderCancelled;
import io.ispflow.contracts.order.OrderCompleted;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.contracts.ticket.OrderKind;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the copy of the installation orders from order.events (feasibility orders are not ours). The
 * events of one order are keyed by its id, so they arrive in order; a completion or cancellation seen
 * before the creation is kept on a placeholder row anyway, and merged when the creation arrives.
 */
@Service
public class InstallationOrders {

    private static final Logger log = LoggerFactory.getLogger(InstallationOrders.class);

    private final InstallationOrderRepository orders;
    private final ErasedLeads erasedLeads;
    private final Clock clock;

    InstallationOrders(InstallationOrderRepository orders, ErasedLeads erasedLeads, Clock clock) {
        this.orders = orders;
        this.erasedLeads = erasedLeads;
        this.clock = clock;
    }

    @Transactional
    public void recordCreated(OrderCreated event) {
        if (event.kind() != OrderKind.INSTALLATION) {
            return;
        }
        InstallationOrder order = lockOrPlaceholder(event.orderId());
        if (order.isKnown()) {
            return; // the same order announced again (a replay of the topic): the copy already has it
        }
        OffsetDateTime now = now();
        order.recordCreation(event, now);
        if (order.isErased() || erasedLeads.contains(order.getLeadId())) {
            // the person was erased here before this order arrived: keep nothing of them
            log.info(
                    "Copied order {} of erased lead {} without its personal data",
                    order.getOrderId(),
                    order.getLeadId());
            order.erase(now);
        }
        orders.save(order);
    }

    /** Records the completion; returns the order copy, or empty for an order that is not an installation. */
    @Transactional
    public Optional<InstallationOrder> recordCompleted(OrderCompleted event) {
        if (event.kind() != OrderKind.INSTALLATION) {
            return Optional.empty();
        }
        InstallationOutcome outcome = InstallationOutcome.of(event.outcome());
        if (outcome == null) {
            log.warn("Ignored the completion of order {} with unknown outcome {}", event.orderId(), event.outcome());
            return Optional.empty();
        }
        InstallationOrder order = lockOrPlaceholder(event.orderId());
        OffsetDateTime now = now();
        order.recordCompletion(event, outcome, now);
        if (!order.isErased() && erasedLeads.contains(order.getLeadId())) {
            order.erase(now);
        }
        return Optional.of(orders.save(order));
    }

    @Transactional
    public void recordCancelled(OrderCancelled event) {
        if (event.kind() != OrderKind.INSTALLATION) {
            return;
        }
        InstallationOrder order = lockOrPlaceholder(event.orderId());
        order.recordCancellation(event, now());
        orders.save(order);
    }

    /**
     * The order whose creation event has been seen, locked until commit; empty for an unknown order
     * and for a placeholder (the order exists, but what it sold has not reached this service yet).
     */
    @Transactional
    public Optional<InstallationOrder> lockKnown(String orderId) {
        return orders.findForUpdate(orderId).filter(InstallationOrder::isKnown);
    }

    /** The copies of the lead's installation orders, placeholders included, oldest first. */
    @Transactional(readOnly = true)
    public List<InstallationOrder> ofLead(String leadId) {
        return orders.findByLeadIdOrderByCreatedAtAsc(leadId);
    }

    /**
     * Locks the copies of the lead's installation orders until the transaction ends (contract creation
     * and the completion handler take the same locks, in the same order: orders before contracts).
     */
    @Transactional
    public List<InstallationOrder> lockOfLead(String leadId) {
        return orders.lockByLeadId(leadId);
    }

    /** The right to erasure of the copies {@link #lockOfLead} returned. */
    @Transactional
    public void erase(List<InstallationOrder> copies, OffsetDateTime at) {
        copies.forEach(copy -> copy.erase(at));
        orders.saveAllAndFlush(copies);
    }

    @Transactional(readOnly = true)
    public Optional<InstallationOrder> findKnown(String orderId) {
        return orders.findById(orderId).filter(InstallationOrder::isKnown);
    }

    private InstallationOrder lockOrPlaceholder(String orderId) {
        return orders.findForUpdate(orderId).orElseGet(() -> InstallationOrder.placeholder(orderId, now()));
    }

    private OffsetDateTime now() {
        // PostgreSQL keeps microseconds: what is stored is what a later read returns
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
