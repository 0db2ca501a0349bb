package io.ispflow.order.technician;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

/**
 * A technician who visits customers: the zones they serve, their skills, and their working hours
 * per weekday in their own time zone. Linked to a login by {@code userId} (the token's {@code sub}).
 */
@Entity
@Table(name = "technician")
public class Technician {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "zones", columnDefinition = "text[]", nullable = false)
    private List<String> zones = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills", columnDefinition = "text[]", nullable = false)
    private List<String> skills = new ArrayList<>();

    // a change of hours always changes updatedAt too, which versions it; excluded here so that inserting
    // a new technician's hours is not counted as a second change
    @OptimisticLock(excluded = true)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "technician_working_day", joinColumns = @JoinColumn(name = "technician_id"))
    @MapKeyColumn(name = "day_of_week")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<DayOfWeek, WorkingHours> workingHours = new EnumMap<>(DayOfWeek.class);

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** Null until first stored (so Spring Data persists rather than merges a new one). */
    @Version
    private Long version;

    protected Technician() {}

    public Technician(UUID id, TechnicianProfile profile, OffsetDateTime now) {
        this.id = id;
        this.active = true;
        this.createdAt = now;
        apply(profile, now);
    }

    /** Replaces the technician's profile (name, login, zones, skills, hours, time zone). */
    public void update(TechnicianProfile profile, OffsetDateTime now) {
        apply(profile, now);
    }

    private void apply(TechnicianProfile profile, OffsetDateTime now) {
        this.userId = profile.userId();
        this.name = profile.name();
        this.zones = sortedDistinct(profile.zones());
        this.skills = sortedDistinct(profile.skills());
        this.workingHours.clear();
        this.workingHours.putAll(profile.workingHours());
        this.timeZone = profile.timeZone().getId();
        this.updatedAt = now;
    }

    public void activate(OffsetDateTime now) {
        this.active = true;
        this.updatedAt = now;
    }

    public void deactivate(OffsetDateTime now) {
        this.active = false;
        this.updatedAt = now;
    }

    /** Whether the technician serves {@code zone}; an order without zone can go to anyone. */
    public boolean serves(String zone) {
        return zone == null || zones.contains(zone);
    }

    /**
     * Whether the visit {@code [start, end)} lies within one working day's hours, in the technician's
     * time zone. A visit on a day off, or running over midnight, does not.
     */
    public boolean worksDuring(OffsetDateTime start, OffsetDateTime end) {
        ZonedDateTime from = start.atZoneSameInstant(zoneId());
        ZonedDateTime to = end.atZoneSameInstant(zoneId());
        if (!from.toLocalDate().equals(to.toLocalDate())) {
            return false;
        }
        WorkingHours hours = workingHours.get(from.getDayOfWeek());
        return hours != null && hours.covers(from.toLocalTime(), to.toLocalTime());
    }

    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }

    private static List<String> sortedDistinct(Collection<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new TreeSet<>(values));
    }

    public UUID getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public List<String> getZones() {
        return List.copyOf(zones);
    }

    public List<String> getSkills() {
        return List.copyOf(skills);
    }

    public Map<DayOfWeek, WorkingHours> getWorkingHours() {
        Map<DayOfWeek, WorkingHours> copy = new EnumMap<>(DayOfWeek.class);
        copy.putAll(workingHours);
        return copy;
    }

    public boolean isActive() {
        return active;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
