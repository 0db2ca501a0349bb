package io.ispflow.platform.privacy;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * The data keys of crypto-shredding: one random AES-256 key per person (a lead id), kept in a key store
 * shared by every service. Personal data on the topics is sealed with its person's key ({@link
 * PersonalData}); erasing the person destroys the key, and with it every sealed copy at once. A
 * destroyed key never comes back: nothing is sealed for that person again.
 */
public interface PersonKeys {

    /**
     * The person's key for sealing, created on first use; empty when the person's key was destroyed (the
     * personal value is then written as null).
     */
    Optional<SecretKey> keyFor(UUID person);

    /** The person's key for opening: empty when there is none (never created, or destroyed). Never creates one. */
    Optional<SecretKey> existingKey(UUID person);

    /**
     * Destroys the person's key, idempotently; when the person had no key yet, records the destruction all
     * the same, so that no key is ever made for them later.
     *
     * @return whether a live key was destroyed by this call (false when it was already destroyed or never existed)
     */
    boolean destroy(UUID person);

    /** When the person's key was destroyed; empty while it is live or was never created. */
    Optional<OffsetDateTime> destroyedAt(UUID person);
}
