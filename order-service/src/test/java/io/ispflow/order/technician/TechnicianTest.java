package io.ispflow.order.technician;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TechnicianTest {

    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

    private final Technician tito = new Technician(
            UUID.randomUUID(),
            new TechnicianProfile(
                    "tito",
                    "Tito",
                    Set.of("NORTE"),
                    Set.of("FIBER"),
                    Map.of(
                            DayOfWeek.MONDAY, WorkingHours.of("08:00", "17:00"),
                            DayOfWeek.SATURDAY, WorkingHours.of("09:00", "13:00")),
                    BUENOS_AIRES),
            OffsetDateTime.now());

    @Test
    void shouldWorkWithinTheHoursOfTheDayInTheirOwnTimeZone() {
        // Monday 2026-11-23, 08:00-09:00 in Buenos Aires is 11:00-12:00 UTC
        assertThat(tito.worksDuring(at("2026-11-23T11:00:00Z"), at("2026-11-23T12:00:00Z")))
                .isTrue();
        assertThat(tito.worksDuring(at("2026-11-23T16:00:00-03:00"), at("2026-11-23T17:00:00-03:00")))
                .isTrue();
        assertThat(tito.worksDuring(at("2026-11-23T07:59:00-03:00"), at("2026-11-23T09:00:00-03:00")))
                .isFalse();
        assertThat(tito.worksDuring(at("2026-11-23T16:30:00-03:00"), at("2026-11-23T17:01:00-03:00")))
                .isFalse();
    }

    @Test
    void shouldNotWorkOnADayOffNorAcrossMidnight() {
        assertThat(tito.worksDuring(at("2026-11-24T10:00:00-03:00"), at("2026-11-24T11:00:00-03:00")))
                .as("Tuesday is a day off")
                .isFalse();
        assertThat(tito.worksDuring(at("2026-11-28T09:00:00-03:00"), at("2026-11-28T13:00:00-03:00")))
                .as("Saturday morning")
                .isTrue();
        assertThat(tito.worksDuring(at("2026-11-23T23:00:00-03:00"), at("2026-11-24T01:00:00-03:00")))
                .isFalse();
    }

    @Test
    void shouldServeItsZonesAndOrdersWithoutZone() {
        assertThat(tito.serves("NORTE")).isTrue();
        assertThat(tito.serves("SUR")).isFalse();
        assertThat(tito.serves(null)).isTrue();
    }

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.parse(instant);
    }
}
