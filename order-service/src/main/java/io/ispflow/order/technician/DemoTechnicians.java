package io.ispflow.order.technician;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local stack's demo technicians, linked to the demo logins of {@code ./stack} (tito is a
 * TECHNICIAN of NORTE), so the technicians' app has someone to plan for. Created once.
 */
@Component
@ConditionalOnBooleanProperty("ispflow.orders.demo-data")
class DemoTechnicians implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTechnicians.class);
    private static final WorkingHours OFFICE = WorkingHours.of("08:00", "17:00");

    private final TechnicianRepository technicians;
    private final Clock clock;

    DemoTechnicians(TechnicianRepository technicians, Clock clock) {
        this.technicians = technicians;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (technicians.existsByUserId("tito")) {
            return;
        }
        technicians.save(new Technician(
                UUID.randomUUID(),
                new TechnicianProfile(
                        "tito",
                        "Tito",
                        Set.of("NORTE"),
                        Set.of("FIBER", "WIRELESS"),
                        Map.of(
                                DayOfWeek.MONDAY, OFFICE,
                                DayOfWeek.TUESDAY, OFFICE,
                                DayOfWeek.WEDNESDAY, OFFICE,
                                DayOfWeek.THURSDAY, OFFICE,
                                DayOfWeek.FRIDAY, OFFICE,
                                DayOfWeek.SATURDAY, WorkingHours.of("08:00", "12:00")),
                        ZoneId.of("America/Argentina/Buenos_Aires")),
                OffsetDateTime.now(clock)));
        log.info("Demo technician 'tito' (NORTE) created");
    }
}
