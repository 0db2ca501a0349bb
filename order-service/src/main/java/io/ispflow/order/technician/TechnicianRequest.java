package io.ispflow.order.technician;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/**
 * A technician's profile as planners send it (create and full update).
 *
 * @param userId the {@code sub} of the technician's login
 * @param zones zone codes the technician serves
 * @param skills e.g. {@code FIBER}, {@code WIRELESS}
 * @param workingHours per weekday ({@code MONDAY: {start: "08:00", end: "17:00"}}); a missing day is a
 *     day off; when absent, Monday to Friday 08:00-17:00
 * @param timeZone an IANA time zone; when absent, the service's default
 * @param active on update only: reactivate ({@code true}) or deactivate ({@code false}); absent keeps it
 */
public record TechnicianRequest(
        @Schema(description = "The subject (sub) of the technician's login; one technician per login", example = "tito")
                @NotBlank
                @Size(max = 200)
                String userId,
        @Schema(description = "The technician's name", example = "Juan Pérez") @NotBlank @Size(max = 200) String name,
        @ArraySchema(
                        arraySchema =
                                @Schema(
                                        description = "The zone codes the technician serves (1 to 50)",
                                        example = "[\"NORTE\"]"),
                        schema = @Schema(pattern = CODE, example = "NORTE"))
                @NotEmpty
                @Size(max = 50)
                Set<@NotNull @Pattern(regexp = CODE, message = "must be a zone code") String> zones,
        @ArraySchema(
                        arraySchema =
                                @Schema(
                                        description = "The technician's skill codes (at most 50)",
                                        example = "[\"FIBER\", \"WIRELESS\"]"),
                        schema = @Schema(pattern = CODE, example = "FIBER"))
                @Size(max = 50)
                Set<@NotNull @Pattern(regexp = CODE, message = "must be a skill code") String> skills,
        @Schema(
                        description = "Working hours per weekday, local time of timeZone; a missing day is a day off."
                                + " When absent, Monday to Friday 08:00-17:00.",
                        example = "{\"MONDAY\": {\"start\": \"08:00\", \"end\": \"17:00\"}, \"SATURDAY\": {\"start\":"
                                + " \"09:00\", \"end\": \"13:00\"}}")
                Map<@NotNull DayOfWeek, @NotNull @Valid Hours> workingHours,
        @Schema(
                        description = "An IANA time zone; when absent, the service's default",
                        example = "America/Argentina/Buenos_Aires")
                @Size(max = 64)
                String timeZone,
        @Schema(
                        description = "On create, false makes it inactive; on update, reactivate (true) or deactivate"
                                + " (false), absent keeps it",
                        example = "true")
                Boolean active) {

    static final String CODE = "^[A-Z0-9][A-Z0-9_-]{0,39}$";

    /** One day's working interval, local time; the end is after the start. */
    public record Hours(
            @Schema(description = "When the day's work starts, local time", type = "string", example = "08:00") @NotNull
                    LocalTime start,
            @Schema(description = "When it ends, after the start", type = "string", example = "17:00") @NotNull
                    LocalTime end) {}
}
