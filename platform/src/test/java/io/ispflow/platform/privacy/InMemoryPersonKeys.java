package io.ispflow.platform.privacy;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** {@link PersonKeys} in a map, for the sealer's unit tests. */
final class InMemoryPersonKeys implements PersonKeys {

    private record Entry(SecretKey key, OffsetDateTime destroyedAt) {}

    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    int lookups;

    @Override
    public Optional<SecretKey> keyFor(UUID person) {
        lookups++;
        Entry entry = entries.computeIfAbsent(person, p -> {
            byte[] key = new byte[32];
            random.nextBytes(key);
            return new Entry(new SecretKeySpec(key, "AES"), null);
        });
        return Optional.ofNullable(entry.key());
    }

    @Override
    public Optional<SecretKey> existingKey(UUID person) {
        lookups++;
        return Optional.ofNullable(entries.get(person)).map(Entry::key);
    }

    @Override
    public boolean destroy(UUID person) {
        Entry before = entries.put(person, new Entry(null, OffsetDateTime.now(ZoneOffset.UTC)));
        return before != null && before.key() != null;
    }

    @Override
    public Optional<OffsetDateTime> destroyedAt(UUID person) {
        return Optional.ofNullable(entries.get(person)).map(Entry::destroyedAt);
    }
}
