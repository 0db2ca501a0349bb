package io.ispflow.order.technician;

import io.ispflow.order.OrderProperties;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import io.ispflow.platform.problem.NotFoundException;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.ZoneVisibility;
import io.ispflow.platform.web.ETags;
import io.ispflow.platform.web.PageResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Planners and admins keep the technicians; everyone reads them. */
@Service
public class TechnicianService {

    /** Monday to Friday, 08:00 to 17:00: the hours of a technician created without any. */
    static final WorkingHours OFFICE_HOURS = WorkingHours.of("08:00", "17:00");

    private final TechnicianRepository technicians;
    private final OrderProperties properties;
    private final Clock clock;

    TechnicianService(TechnicianRepository technicians, OrderProperties properties, Clock clock) {
        this.technicians = technicians;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<TechnicianView> list(String zone, Boolean active, String skill, String q, int page, int size) {
        var spec = TechnicianSpecifications.servingZone(zone)
                .and(TechnicianSpecifications.active(active))
                .and(TechnicianSpecifications.withSkill(skill))
                .and(TechnicianSpecifications.nameContains(q));
        var sort = Sort.by("name").and(Sort.by("id"));
        return PageResponse.of(technicians.findAll(spec, PageRequest.of(page, size, sort)), TechnicianView::of);
    }

    @Transactional(readOnly = true)
    public TechnicianView get(UUID id) {
        return TechnicianView.of(require(id));
    }

    /** The technician whose login is the caller. */
    @Transactional(readOnly = true)
    public TechnicianView me(Caller caller) {
        return technicians
                .findByUserId(caller.subject())
                .map(TechnicianView::of)
                .orElseThrow(() -> new NotFoundException("Technician for user", caller.subject()));
    }

    @Transactional
    public TechnicianView create(TechnicianRequest request, Caller caller) {
        TechnicianProfile profile = profileOf(request);
        profile.zones().forEach(zone -> ZoneVisibility.requireHolds(caller, zone));
        if (technicians.existsByUserId(profile.userId())) {
            throw userTaken(profile.userId());
        }
        Technician technician = new Technician(UUID.randomUUID(), profile, now());
        if (Boolean.FALSE.equals(request.active())) {
            technician.deactivate(now());
        }
        return TechnicianView.of(technicians.saveAndFlush(technician));
    }

    @Transactional
    public TechnicianView update(UUID id, String ifMatch, TechnicianRequest request, Caller caller) {
        Technician technician = require(id);
        ETags.requireMatch(ifMatch, technician.getVersion());
        TechnicianProfile profile = profileOf(request);
        // nobody moves a technician into, or out of, a zone they do not hold
        technician.getZones().forEach(zone -> ZoneVisibility.requireHolds(caller, zone));
        profile.zones().forEach(zone -> ZoneVisibility.requireHolds(caller, zone));
        if (technicians.existsByUserIdAndIdNot(profile.userId(), id)) {
            throw userTaken(profile.userId());
        }
        technician.update(profile, now());
        if (Boolean.TRUE.equals(request.active())) {
            technician.activate(now());
        } else if (Boolean.FALSE.equals(request.active())) {
            technician.deactivate(now());
        }
        return TechnicianView.of(technicians.saveAndFlush(technician));
    }

    /** Takes the technician off the planning: an inactive technician cannot be scheduled. */
    @Transactional
    public TechnicianView setActive(UUID id, boolean active, String ifMatch, Caller caller) {
        Technician technician = require(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, technician.getVersion());
        }
        technician.getZones().forEach(zone -> ZoneVisibility.requireHolds(caller, zone));
        if (technician.isActive() != active) {
            if (active) {
                technician.activate(now());
            } else {
                technician.deactivate(now());
            }
        }
        return TechnicianView.of(technicians.saveAndFlush(technician));
    }

    private Technician require(UUID id) {
        return technicians.findById(id).orElseThrow(() -> new NotFoundException("Technician", id));
    }

    private TechnicianProfile profileOf(TechnicianRequest request) {
        ZoneId timeZone = properties.defaultTimeZone();
        if (request.timeZone() != null && !request.timeZone().isBlank()) {
            try {
                timeZone = ZoneId.of(request.timeZone().trim());
            } catch (DateTimeException unknown) {
                throw BadRequestException.invalidField("timeZone", "must be an IANA time zone");
            }
        }
        Map<DayOfWeek, WorkingHours> hours = new EnumMap<>(DayOfWeek.class);
        if (request.workingHours() == null) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                    hours.put(day, OFFICE_HOURS);
                }
            }
        } else {
            request.workingHours().forEach((day, interval) -> {
                LocalTime start = interval.start();
                LocalTime end = interval.end();
                if (!start.isBefore(end)) {
                    throw BadRequestException.invalidField("workingHours." + day, "must end after it starts");
                }
                hours.put(day, new WorkingHours(start, end));
            });
        }
        return new TechnicianProfile(
                request.userId().trim(),
                request.name().trim(),
                request.zones(),
                request.skills() == null ? Set.of() : request.skills(),
                hours,
                timeZone);
    }

    private static ConflictException userTaken(String userId) {
        return (ConflictException) new ConflictException(
                        "technician-user-taken", "Another technician is already linked to user " + userId + ".")
                .with("userId", userId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
