package io.ispflow.lead.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/leads/{id}/status}; a discarded lead needs the reason. */
public record StatusRequest(
        @NotBlank
                @Pattern(
                        regexp = "NEW|CONTACTED|QUALIFIED|DISCARDED",
                        message = "must be NEW, CONTACTED, QUALIFIED or DISCARDED")
                String status,
        @Size(max = 500) String discardReason) {

    LeadStatus leadStatus() {
        return LeadStatus.valueOf(status.strip());
    }
}
