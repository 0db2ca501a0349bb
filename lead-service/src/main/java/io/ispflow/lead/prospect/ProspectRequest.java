package io.ispflow.lead.prospect;

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
public record ProspectRequest(@NotNull @Valid OfferRequest offer, @NotNull @Valid LocationRequest location) {

    public record OfferRequest(
            @NotBlank @Size(max = 40) String plan,
            @Size(max = 20) List<@NotBlank @Size(max = 40) String> recurringItems,
            @Size(max = 20) List<@NotBlank @Size(max = 40) String> discounts) {

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
            @NotBlank @Size(max = 300) String address,
            @Size(max = 100) String city,
            @Size(max = 20) String postalCode,
            @Size(max = 100) String province,
            @Size(max = 60) String country,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Size(max = 40) String zone) {

        Location toLocation() {
            return new Location(address, city, postalCode, province, country, latitude, longitude, zone);
        }
    }
}
