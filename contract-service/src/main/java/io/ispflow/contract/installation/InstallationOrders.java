package io.ispflow.contract.installation;

import io.ispflow.contracts.order.OrderCancelled;
import io.ispflow.contracts.order.OrderCompleted;
import io.ispflow.contracts.order.OrderCreated;
import io.ispflow.contracts.ticket.OrderKind;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
    private final Clock clock;

    InstallationOrders(InstallationOrderRepository orders, Clock clock) {
        this.orders = orders;
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
        order.recordCreation(event, now());
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
        order.recordCompletion(event, outcome, now());
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
