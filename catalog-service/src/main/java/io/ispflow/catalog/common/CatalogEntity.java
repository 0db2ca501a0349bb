package io.ispflow.catalog.common;

import io.ispflow.platform.problem.BadRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * What the six kinds of catalog entity share: an immutable human-readable code (the primary key,
 * never reused), a name, the active flag (deactivated instead of deleted: an inactive code stays valid
 * on existing records elsewhere but cannot be chosen for new ones), a version (the ETag) and
 * timestamps.
 */
@MappedSuperclass
public abstract class CatalogEntity {

    public static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9-]{1,39}$";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @Version
    private Long version;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected CatalogEntity() {}

    protected CatalogEntity(String code, String name) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw BadRequestException.invalidField("code", "must be 2 to 40 uppercase letters, digits or hyphens");
        }
        this.code = code;
        this.active = true;
        rename(name);
    }

    protected final void rename(String name) {
        if (name == null || name.isBlank()) {
            throw BadRequestException.invalidField("name", "must not be blank");
        }
        this.name = name.trim();
    }

    /** Takes the code out of use for new records; returns false when it already was. */
    public boolean deactivate() {
        boolean changed = active;
        active = false;
        return changed;
    }

    /** Puts the code back into use; returns false when it already was. */
    public boolean activate() {
        boolean changed = !active;
        active = true;
        return changed;
    }

    /** Records the time of a change; the first one is also the creation time. */
    void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    /** The version, 0 once created; the resource's ETag. */
    public long getVersion() {
        return version == null ? 0 : version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt.atOffset(ZoneOffset.UTC);
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt.atOffset(ZoneOffset.UTC);
    }
}
