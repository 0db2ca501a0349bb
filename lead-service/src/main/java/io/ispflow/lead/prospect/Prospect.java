package io.ispflow.lead.prospect;

import io.ispflow.lead.common.CodeListConverter;
import io.ispflow.lead.history.FieldChange;
import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A concrete offer (plan, recurring items, discounts) for a lead at a place. Editable while active; a
 * cancelled prospect is kept, with its reason, but no longer changes.
 */
@Entity
@Table(name = "prospect")
public class Prospect {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID leadId;

    @Column(nullable = false)
    private String plan;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private List<String> recurringItems;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private List<String> discounts;

    private String address;
    private String city;
    private String postalCode;
    private String province;
    private String country;
    private Double latitude;
    private Double longitude;
    private String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProspectStatus status;

    private String cancelReason;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    @Version
    private Long version;

    protected Prospect() {}

    static Prospect create(UUID leadId, Offer offer, Location location, Instant now, String by) {
        Prospect prospect = new Prospect();
        prospect.id = UUID.randomUUID();
        prospect.leadId = leadId;
        prospect.status = ProspectStatus.ACTIVE;
        prospect.apply(offer, location);
        prospect.createdAt = now;
        prospect.createdBy = by;
        prospect.updatedAt = now;
        prospect.updatedBy = by;
        return prospect;
    }

    /** Replaces offer and location; returns what changed. A cancelled prospect cannot change (409). */
    List<FieldChange> revise(Offer offer, Location location, Instant now, String by) {
        requireActive();
        List<FieldChange> changes = changesTo(offer, location);
        if (!changes.isEmpty()) {
            apply(offer, location);
            updatedAt = now;
            updatedBy = by;
        }
        return changes;
    }

    /** Gives the offer up, with the reason; cancelling twice is a 409. */
    FieldChange cancel(String reason, Instant now, String by) {
        requireActive();
        if (reason == null || reason.isBlank()) {
            throw BadRequestException.invalidField("reason", "must not be blank");
        }
        status = ProspectStatus.CANCELLED;
        cancelReason = reason.strip();
        updatedAt = now;
        updatedBy = by;
        return FieldChange.of("prospect.status", ProspectStatus.ACTIVE, ProspectStatus.CANCELLED);
    }

    /** Erasure of its lead: the exact place (address, postal code, coordinates) is personal data. */
    void erase(Instant now, String by) {
        address = null;
        postalCode = null;
        latitude = null;
        longitude = null;
        cancelReason = cancelReason == null ? null : "erased";
        updatedAt = now;
        updatedBy = by;
    }

    private void requireActive() {
        if (status != ProspectStatus.ACTIVE) {
            throw new ConflictException("prospect-cancelled", "The prospect was cancelled; create a new one.");
        }
    }

    private void apply(Offer offer, Location location) {
        if ((location.latitude() == null) != (location.longitude() == null)) {
            throw BadRequestException.invalidField(
                    "location.latitude", "latitude and longitude go together: send both or neither");
        }
        plan = offer.plan();
        recurringItems = offer.recurringItems();
        discounts = offer.discounts();
        address = location.address();
        city = location.city();
        postalCode = location.postalCode();
        province = location.province();
        country = location.country();
        latitude = location.latitude();
        longitude = location.longitude();
        zone = location.zone();
    }

    /** The fields that differ, named as in the API ({@code offer.plan}, {@code location.address}). */
    List<FieldChange> changesTo(Offer offer, Location location) {
        return new FieldChange.Collector()
                .compare("offer.plan", plan, offer.plan())
                .compare("offer.recurringItems", join(recurringItems), join(offer.recurringItems()))
                .compare("offer.discounts", join(discounts), join(offer.discounts()))
                .compare("location.address", address, location.address())
                .compare("location.city", city, location.city())
                .compare("location.postalCode", postalCode, location.postalCode())
                .compare("location.province", province, location.province())
                .compare("location.country", country, location.country())
                .compare("location.latitude", latitude, location.latitude())
                .compare("location.longitude", longitude, location.longitude())
                .compare("location.zone", zone, location.zone())
                .changes();
    }

    /** Every field, as changes from nothing (the PROSPECT_CREATED history entry). */
    List<FieldChange> changesFromNothing() {
        return new ArrayList<>(new Prospect().changesTo(offer(), location()));
    }

    private static String join(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(",", codes);
    }

    public Offer offer() {
        return new Offer(plan, recurringItems, discounts);
    }

    public Location location() {
        return new Location(address, city, postalCode, province, country, latitude, longitude, zone);
    }

    public UUID getId() {
        return id;
    }

    public UUID getLeadId() {
        return leadId;
    }

    public String getZone() {
        return zone;
    }

    public ProspectStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
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
