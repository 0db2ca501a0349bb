package io.ispflow.order.fieldwork;

import io.ispflow.order.order.Completion;
import io.ispflow.order.order.Feasibility;
import io.ispflow.order.order.InstalledEquipment;
import io.ispflow.order.order.Outcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * How the technician closes the visit.
 *
 * @param failureReason required when the outcome is FAILED
 * @param feasibility required for a successful feasibility order; not for an installation
 * @param equipment what was installed
 */
public record CompletionRequest(
        @NotNull Outcome outcome,
        @Size(max = 1000) String failureReason,
        Feasibility feasibility,
        @Size(max = 50) List<@NotNull @Valid EquipmentItem> equipment,
        @Size(max = 4000) String notes) {

    /** MAC address: six pairs of hex digits separated by colons or dashes. */
    static final String MAC = "^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$";

    /**
     * A device installed at the customer's place.
     *
     * @param type e.g. ONT, ROUTER, CPE, ANTENNA
     * @param mac {@code AA:BB:CC:DD:EE:FF} (stored upper case with colons)
     */
    public record EquipmentItem(
            @NotBlank @Size(max = 40) String type,
            @Size(max = 200) String model,
            @Size(max = 200) String serial,
            @Pattern(regexp = MAC, message = "must be a MAC address like AA:BB:CC:DD:EE:FF") String mac) {

        InstalledEquipment toInstalled() {
            return new InstalledEquipment(
                    type.trim(),
                    blankToNull(model),
                    blankToNull(serial),
                    mac == null ? null : mac.toUpperCase(Locale.ROOT).replace('-', ':'));
        }
    }

    Completion toCompletion() {
        return new Completion(
                outcome,
                blankToNull(failureReason),
                feasibility,
                equipment == null
                        ? List.of()
                        : equipment.stream().map(EquipmentItem::toInstalled).toList(),
                blankToNull(notes));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
