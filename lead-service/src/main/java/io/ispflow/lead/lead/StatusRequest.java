package io.ispflow.lead.lead;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/leads/{id}/status}; a discarded lead needs the reason. */
public record StatusRequest(
        @Schema(
                        description = "the new sales status",
                        example = "DISCARDED",
                        allowableValues = {"NEW", "CONTACTED", "QUALIFIED", "DISCARDED"})
                @NotBlank
                @Pattern(
                        regexp = "NEW|CONTACTED|QUALIFIED|DISCARDED",
                        message = "must be NEW, CONTACTED, QUALIFIED or DISCARDED")
                String status,
        @Schema(description = "required for DISCARDED: why", example = "Sin cobertura en su calle") @Size(max = 500)
                String discardReason) {

    LeadStatus leadStatus() {
        return LeadStatus.valueOf(status.strip());
    }
}
