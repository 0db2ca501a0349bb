package io.ispflow.lead.assignment;

import io.ispflow.lead.lead.AutoAssigner;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Auto-assignment by round robin among the zone's configured salespeople, in the creating transaction. */
@Component
class RoundRobinAssigner implements AutoAssigner {

    private final AutoAssignmentRepository assignments;

    RoundRobinAssigner(AutoAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public Optional<String> nextAssignee(String zone) {
        if (zone == null) {
            return Optional.empty();
        }
        return assignments.findForUpdate(zone).flatMap(config -> {
            Optional<String> next = config.takeTurn();
            assignments.save(config);
            return next;
        });
    }
}
