package io.ispflow.lead.assignment;

import io.ispflow.lead.common.CodeListConverter;
import io.ispflow.platform.problem.BadRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A zone's auto-assignment: when on, a new lead of the zone that nobody was assigned to goes to the
 * next of the zone's active salespeople, in turn (round robin).
 */
@Entity
@Table(name = "auto_assignment")
public class AutoAssignment {

    @Id
    private String zone;

    @Column(nullable = false)
    private boolean enabled;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private List<String> salespeople;

    /** Whose turn it is: an index into salespeople (modulo its size). */
    @Column(nullable = false)
    private int nextIndex;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    @Version
    private Long version;

    protected AutoAssignment() {}

    AutoAssignment(String zone) {
        this.zone = zone;
        this.salespeople = List.of();
    }

    /** Replaces the configuration; turning it on needs at least one salesperson. */
    void configure(boolean enabled, List<String> salespeople, Instant now, String by) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(salespeople == null ? List.of() : salespeople));
        if (enabled && distinct.isEmpty()) {
            throw BadRequestException.invalidField("salespeople", "at least one salesperson is needed to turn it on");
        }
        if (!distinct.equals(this.salespeople)) {
            nextIndex = 0;
        }
        this.enabled = enabled;
        this.salespeople = distinct;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** The salesperson whose turn it is, moving the turn on; empty when off. */
    Optional<String> takeTurn() {
        if (!enabled || salespeople.isEmpty()) {
            return Optional.empty();
        }
        String next = salespeople.get(Math.floorMod(nextIndex, salespeople.size()));
        nextIndex = Math.floorMod(nextIndex + 1, salespeople.size());
        return Optional.of(next);
    }

    public String getZone() {
        return zone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public List<String> getSalespeople() {
        return salespeople;
    }

    public int getNextIndex() {
        return nextIndex;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
