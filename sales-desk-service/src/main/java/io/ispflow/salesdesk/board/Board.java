package io.ispflow.salesdesk.board;

import io.ispflow.salesdesk.ticket.TicketStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The sales desk's board: one column per status, in pipeline order, each with the number of tickets
 * the caller sees there (zero included), and the total.
 */
record Board(
        @Schema(description = "One column per status, in pipeline order, zero counts included") List<Column> columns,
        @Schema(description = "The number of tickets on the board, the sum of the columns", example = "57")
                long total) {

    record Column(
            @Schema(description = "The column's status", example = "OPEN") TicketStatus status,
            @Schema(description = "How many of the caller's tickets are in it, with the filters", example = "12")
                    long count) {}
}
