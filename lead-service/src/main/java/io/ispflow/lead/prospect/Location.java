package io.ispflow.lead.prospect;

import io.ispflow.lead.common.Text;
import io.swagger.v3.oas.annotations.media.Schema;

/** Where the service would be installed; the zone decides who sees the prospect. */
public record Location(
        @Schema(description = "street and number; null once the lead was erased", example = "Av. Siempreviva 742")
                String address,
        @Schema(example = "Vicente López") String city,
        @Schema(example = "B1638") String postalCode,
        @Schema(example = "Buenos Aires") String province,
        @Schema(example = "AR") String country,
        @Schema(example = "-34.5265") Double latitude,
        @Schema(example = "-58.4731") Double longitude,
        @Schema(description = "zone catalog code: who sees the prospect; null: every zone", example = "NORTE")
                String zone) {

    public Location {
        address = Text.clean(address);
        city = Text.clean(city);
        postalCode = Text.clean(postalCode);
        province = Text.clean(province);
        country = Text.clean(country);
        zone = Text.clean(zone);
    }

    Location withZone(String newZone) {
        return new Location(address, city, postalCode, province, country, latitude, longitude, newZone);
    }
}
