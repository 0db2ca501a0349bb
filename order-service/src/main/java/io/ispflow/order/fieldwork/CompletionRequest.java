package io.ispflow.order.fieldwork;

import io.ispflow.order.order.Completion;
import io.ispflow.order.order.Feasibility;
import io.ispflow.order.order.InstalledEquipment;
import io.ispflow.order.order.Outcome;
import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(description = "How the visit went", example = "SUCCESS") @NotNull Outcome outcome,
        @Schema(description = "Why the visit failed (e.g. nobody at home): required when FAILED, refused otherwise")
                @Size(max = 1000)
                String failureReason,
        @Schema(
                        description =
                                "Whether the service can be installed there: required for a successful feasibility visit,"
                                        + " refused for any other")
                Feasibility feasibility,
        @Schema(description = "What was installed (at most 50 devices)") @Size(max = 50)
                List<@NotNull @Valid EquipmentItem> equipment,
        @Schema(description = "The technician's notes", example = "ONT installed on the living-room wall")
                @Size(max = 4000)
                String notes) {

    /** MAC address: six pairs of hex digits separated by colons or dashes. */
    static final String MAC = "^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$";

    /**
     * A device installed at the customer's place.
     *
     * @param type e.g. ONT, ROUTER, CPE, ANTENNA
     * @param mac {@code AA:BB:CC:DD:EE:FF} (stored upper case with colons)
     */
    public record EquipmentItem(
            @Schema(description = "The kind of device: ONT, ROUTER, CPE, ANTENNA...", example = "ONT")
                    @NotBlank
                    @Size(max = 40)
                    String type,
            @Schema(description = "The device's model", example = "Huawei HG8145V5") @Size(max = 200) String model,
            @Schema(description = "The device's serial number", example = "48575443A1B2C3D4") @Size(max = 200)
                    String serial,
            @Schema(
                            description = "MAC address, colons or dashes (stored upper case with colons)",
                            example = "AA:BB:CC:DD:EE:FF")
                    @Pattern(regexp = MAC, message = "must be a MAC address like AA:BB:CC:DD:EE:FF")
                    String mac) {

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
