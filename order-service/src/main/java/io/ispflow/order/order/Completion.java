package io.ispflow.order.order;

import java.util.List;

/**
 * What the technician reports when closing the order.
 *
 * @param failureReason required when the visit failed
 * @param feasibility the result of a successful feasibility visit; only for feasibility orders
 */
public record Completion(
        Outcome outcome,
        String failureReason,
        Feasibility feasibility,
        List<InstalledEquipment> equipment,
        String notes) {

    public Completion {
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
    }
}
