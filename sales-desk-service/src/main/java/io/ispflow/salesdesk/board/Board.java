package io.ispflow.salesdesk.board;

import io.ispflow.salesdesk.ticket.TicketStatus;
import java.util.List;

/**
 * The sales desk's board: one column per status, in pipeline order, each with the number of tickets
 * the caller sees there (zero included), and the total.
 */
record Board(List<Column> columns, long total) {

    record Column(TicketStatus status, long count) {}
}
