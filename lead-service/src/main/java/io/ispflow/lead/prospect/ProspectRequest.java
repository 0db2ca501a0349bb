package io.ispflow.lead.prospect;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/leads/{id}/prospects} and {@code PUT /api/prospects/{id}}: the offer by
 * catalog codes and the place; the zone defaults to the lead's.
 */
public record ProspectRequest(
        @Schema(description = "what is offered, by catalog code") @NotNull @Valid OfferRequest offer,
        @Schema(description = "where the service would be installed") @NotNull @Valid LocationRequest location) {

    public record OfferRequest(
            @Schema(description = "an active plan catalog code", example = "FIBRA-300") @NotBlank @Size(max = 40)
                    String plan,
            @ArraySchema(
                            arraySchema = @Schema(description = "active recurring item catalog codes, each once"),
                            schema = @Schema(example = "ROUTER-WIFI6"))
                    @Size(max = 20)
                    List<@NotBlank @Size(max = 40) String> recurringItems,
            @ArraySchema(
                            arraySchema = @Schema(description = "active discount catalog codes, each once"),
                            schema = @Schema(example = "PROMO-50-3M"))
                    @Size(max = 20)
                    List<@NotBlank @Size(max = 40) String> discounts) {

        Offer toOffer() {
            return new Offer(
                    plan.strip(),
                    recurringItems == null
                            ? List.of()
                            : recurringItems.stream().map(String::strip).toList(),
                    discounts == null
                            ? List.of()
                            : discounts.stream().map(String::strip).toList());
        }
    }

    public record LocationRequest(
            @Schema(description = "street and number", example = "Av. Siempreviva 742") @NotBlank @Size(max = 300)
                    String address,
            @Schema(example = "Vicente López") @Size(max = 100) String city,
            @Schema(example = "B1638") @Size(max = 20) String postalCode,
            @Schema(example = "Buenos Aires") @Size(max = 100) String province,
            @Schema(example = "AR") @Size(max = 60) String country,
            @Schema(example = "-34.5265") @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @Schema(example = "-58.4731") @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Schema(
                            description = "an active zone catalog code; empty: the lead's zone on a new prospect, the "
                                    + "prospect's on an edit. A caller with zones must end up with one of theirs",
                            example = "NORTE")
                    @Size(max = 40)
                    String zone) {

        Location toLocation() {
            return new Location(address, city, postalCode, province, country, latitude, longitude, zone);
        }
    }
}
