package io.ispflow.bench.drills;

import io.ispflow.bench.Run;
import io.ispflow.bench.load.Wait;
import io.ispflow.bench.stack.Database;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The final check of a stream drill, read straight from the databases (exact, whatever the APIs page or
 * filter): the drill's tickets in the sales desk's database (by the lead-name marker, so a ticket the client
 * never heard back about counts too) and the orders per ticket in the order service's.
 */
final class OrdersPerTicket {

    private OrdersPerTicket() {}

    static List<String> tickets(Run run, String marker) throws SQLException {
        try (Connection connection = run.database().connect(Database.SALES_DESK);
                PreparedStatement query =
                        connection.prepareStatement("SELECT id::text FROM ticket WHERE contact_name LIKE ?")) {
            query.setString(1, marker.replace("%", "\\%").replace("_", "\\_") + " %");
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    static Map<String, Integer> count(Run run, List<String> tickets) throws SQLException {
        Map<String, Integer> orders = new LinkedHashMap<>();
        tickets.forEach(ticket -> orders.put(ticket, 0));
        try (Connection connection = run.database().connect(Database.ORDERS);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT ticket_id, count(*) FROM field_order WHERE ticket_id = ANY (?) GROUP BY ticket_id")) {
            Array ids = connection.createArrayOf("varchar", tickets.toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    orders.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return orders;
    }

    /**
     * Waits (bounded) until every ticket of the stream has an order, then counts: the verdict, with the ticket
     * checks (submissions that gave up, acknowledged tickets missing, more tickets than submissions) folded in.
     */
    static DrillVerdict settle(Run run, String drill, WizardStream stream, Duration bound, List<String> problems)
            throws SQLException {
        List<String> allProblems = new ArrayList<>(problems);
        List<String> tickets = tickets(run, stream.marker());
        try {
            Wait.until("every ticket of the stream has its order", bound, Duration.ofSeconds(1), () -> {
                try {
                    long missing = count(run, tickets).values().stream()
                            .filter(n -> n == 0)
                            .count();
                    if (missing > 0) {
                        throw new IllegalStateException(missing + " tickets without an order");
                    }
                    return Boolean.TRUE;
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
        } catch (Wait.BoundExceeded e) {
            allProblems.add(e.getMessage());
        }
        // a redelivered event would show up as a second order shortly after the first: look again a moment later
        Wait.pause(Duration.ofSeconds(3));
        Map<String, Integer> orders = count(run, tickets);
        DrillVerdict verdict = DrillVerdict.ofCounts(drill, orders, allProblems);

        Set<String> acknowledged = stream.acknowledgedTickets();
        long missingTickets =
                acknowledged.stream().filter(id -> !orders.containsKey(id)).count();
        long extraTickets = Math.max(0, tickets.size() - stream.submissions());
        List<String> ticketProblems =
                new ArrayList<>(stream.gaveUp().stream().limit(5).toList());
        if (stream.gaveUp().size() > 5) {
            ticketProblems.add("... " + (stream.gaveUp().size() - 5) + " more submissions not accepted");
        }
        if (missingTickets > 0) {
            ticketProblems.add(missingTickets + " acknowledged tickets are not in the sales desk's database");
        }
        if (extraTickets > 0) {
            ticketProblems.add(extraTickets + " more tickets than submissions (a retry made a second ticket)");
        }
        return verdict.plus(extraTickets, missingTickets + stream.gaveUp().size(), ticketProblems);
    }
}
