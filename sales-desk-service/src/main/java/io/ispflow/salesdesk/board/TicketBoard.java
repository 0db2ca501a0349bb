package io.ispflow.salesdesk.board;

import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.ZoneVisibility;
import io.ispflow.platform.web.PageResponse;
import io.ispflow.salesdesk.ticket.Ticket;
import io.ispflow.salesdesk.ticket.TicketRepository;
import io.ispflow.salesdesk.ticket.TicketStatus;
import io.ispflow.salesdesk.ticket.TicketView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ticket list and the board's counts, both limited to the caller's zones. */
@Service
class TicketBoard {

    private final TicketRepository tickets;
    private final EntityManager entityManager;

    TicketBoard(TicketRepository tickets, EntityManager entityManager) {
        this.tickets = tickets;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    PageResponse<TicketView> list(TicketFilter filter, Pageable pageable, Caller caller) {
        return PageResponse.of(tickets.findAll(visible(filter, caller), pageable), TicketView::of);
    }

    /** One grouped count over the same filter as the list: every status present, zero included. */
    @Transactional(readOnly = true)
    Board board(TicketFilter filter, Caller caller) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Ticket> root = query.from(Ticket.class);
        query.multiselect(root.get("status"), cb.count(root))
                .where(visible(filter, caller).toPredicate(root, query, cb))
                .groupBy(root.get("status"));
        Map<TicketStatus, Long> counts = new EnumMap<>(TicketStatus.class);
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            counts.put(row.get(0, TicketStatus.class), row.get(1, Long.class));
        }
        var columns = Arrays.stream(TicketStatus.values())
                .map(status -> new Board.Column(status, counts.getOrDefault(status, 0L)))
                .toList();
        return new Board(
                columns, columns.stream().mapToLong(Board.Column::count).sum());
    }

    private static Specification<Ticket> visible(TicketFilter filter, Caller caller) {
        return filter.toSpecification().and(ZoneVisibility.visibleTo(caller, "zone"));
    }
}
