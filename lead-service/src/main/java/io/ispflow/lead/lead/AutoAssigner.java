package io.ispflow.lead.lead;

import java.util.Optional;

/**
 * Picks the salesperson for a new lead nobody was assigned to, when its zone has auto-assignment on
 * (implemented by the assignment feature). Runs in the creating transaction.
 */
public interface AutoAssigner {

    Optional<String> nextAssignee(String zone);
}
