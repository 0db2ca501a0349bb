package io.ispflow.platform.privacy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link PersonKeys} in a PostgreSQL database shared by every service (a stand-in for a KMS such as Vault
 * Transit: the same four operations). Each key is stored wrapped with the master key (AES-GCM, the person
 * id as associated data, so a wrapped key cannot be moved to another person). The store has its own small
 * connection pool, not a Spring {@code DataSource} bean (a second one would switch off Boot's DataSource
 * auto-configuration of the service's own database), and its own Flyway migrations ({@value #MIGRATIONS},
 * history table {@value #HISTORY_TABLE}), run by every service at startup, one at a time under an advisory
 * lock, so concurrent starts are safe. Nothing is cached: a destroyed key is gone for every service at once.
 */
public class JdbcPersonKeys implements PersonKeys, AutoCloseable {

    public static final String MIGRATIONS = "classpath:db/person-keys";
    public static final String HISTORY_TABLE = "flyway_person_keys_history";
    /** The advisory lock the services take in turn to migrate the store (any number, the same everywhere). */
    static final long MIGRATION_LOCK = 0x15_0F_10_77_4B_E7_5L;

    static final String MASTER_KEY_PROPERTY = "ispflow.privacy.master-key (PRIVACY_MASTER_KEY)";

    private static final Logger log = LoggerFactory.getLogger(JdbcPersonKeys.class);
    private static final int KEY_BYTES = 32;
    private static final byte[] PROBE = "ispflow person keys".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PROBE_AAD = "ispflow:master-key-check".getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = new SecureRandom();
    private final SecretKey masterKey;
    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;

    /** Connects, migrates the key store and checks the master key against it: fails fast on any problem. */
    public JdbcPersonKeys(PrivacyProperties properties) {
        this(
                properties.keys().url(),
                properties.keys().username(),
                properties.keys().password(),
                properties.masterKey(),
                properties.keys().poolSize());
    }

    public JdbcPersonKeys(String url, String username, String password, String masterKeyBase64, int poolSize) {
        this.masterKey = masterKey(masterKeyBase64);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(
                    "ispflow.privacy.keys.url (PERSON_KEYS_DATABASE_URL) is not set: the JDBC URL of the person key store");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("person-keys");
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(Math.max(1, poolSize));
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        try {
            this.dataSource = new HikariDataSource(config);
        } catch (RuntimeException unreachable) {
            throw new IllegalStateException(
                    "Cannot connect to the person key store at " + withoutParameters(url) + " as " + username + ": "
                            + unreachable.getMessage(),
                    unreachable);
        }
        try {
            migrate(url, username, password);
            this.jdbc = JdbcClient.create(dataSource);
            checkMasterKey(withoutParameters(url));
        } catch (RuntimeException failure) {
            dataSource.close();
            throw failure;
        }
        log.info("Person key store ready at {}", withoutParameters(url));
    }

    /**
     * Flyway's own lock covers a migration, not the first baseline of a database that holds other tables: two
     * services starting together both find no history table, one creates it, and the other fails ("already exists,
     * and is empty"). A session advisory lock, on a connection of its own outside the pool, lets one service at a
     * time migrate; the next finds the history written and has nothing to do.
     */
    private void migrate(String url, String username, String password) {
        try (Connection lock = DriverManager.getConnection(url, username, password);
                Statement statement = lock.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
            try {
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations(MIGRATIONS)
                        .table(HISTORY_TABLE)
                        // the store may share a database that holds other tables
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate();
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
            }
        } catch (SQLException unreachable) {
            throw new IllegalStateException(
                    "Cannot migrate the person key store at " + withoutParameters(url) + ": "
                            + unreachable.getMessage(),
                    unreachable);
        }
    }

    /** The master key from its base64 form; fails with a message that says what is wrong. */
    static SecretKey masterKey(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(MASTER_KEY_PROPERTY
                    + " is not set: it must be the base64 of 32 random bytes (openssl rand -base64 32),"
                    + " the same for every service");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(MASTER_KEY_PROPERTY
                    + " is not base64: it must be the base64 of 32 random bytes" + " (openssl rand -base64 32)");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(MASTER_KEY_PROPERTY + " decodes to " + bytes.length
                    + " bytes: it must be the base64 of 32 random bytes, an AES-256 key (openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private void checkMasterKey(String url) {
        jdbc.sql(
                        """
                        INSERT INTO person_key_master_check (id, probe, created_at) VALUES (1, :probe, now())
                        ON CONFLICT (id) DO NOTHING
                        """)
                .param("probe", AesGcm.encrypt(masterKey, PROBE, PROBE_AAD))
                .update();
        byte[] probe = jdbc.sql("SELECT probe FROM person_key_master_check WHERE id = 1")
                .query(byte[].class)
                .single();
        try {
            AesGcm.decrypt(masterKey, probe, PROBE_AAD);
        } catch (GeneralSecurityException wrongKey) {
            throw new IllegalStateException(MASTER_KEY_PROPERTY + " is not the master key the person key store at "
                    + url + " was created with: every service must use the same master key");
        }
    }

    @Override
    public Optional<SecretKey> keyFor(UUID person) {
        Optional<Row> row = row(person);
        if (row.isEmpty()) {
            byte[] fresh = new byte[KEY_BYTES];
            random.nextBytes(fresh);
            int created = jdbc.sql(
                            """
                            INSERT INTO person_key (person_id, wrapped_key, created_at) VALUES (:id, :key, now())
                            ON CONFLICT (person_id) DO NOTHING
                            """)
                    .param("id", person)
                    .param("key", AesGcm.encrypt(masterKey, fresh, aad(person)))
                    .update();
            if (created == 1) {
                return Optional.of(new SecretKeySpec(fresh, "AES"));
            }
            row = row(person); // another thread or service created (or destroyed) it first
        }
        return row.flatMap(r -> unwrap(person, r));
    }

    @Override
    public Optional<SecretKey> existingKey(UUID person) {
        return row(person).flatMap(r -> unwrap(person, r));
    }

    @Override
    public boolean destroy(UUID person) {
        while (true) {
            int destroyed = jdbc.sql(
                            """
                            UPDATE person_key SET wrapped_key = NULL, destroyed_at = now()
                            WHERE person_id = :id AND destroyed_at IS NULL
                            """)
                    .param("id", person)
                    .update();
            if (destroyed == 1) {
                return true;
            }
            int recorded = jdbc.sql(
                            """
                            INSERT INTO person_key (person_id, wrapped_key, created_at, destroyed_at)
                            VALUES (:id, NULL, now(), now())
                            ON CONFLICT (person_id) DO NOTHING
                            """)
                    .param("id", person)
                    .update();
            if (recorded == 1 || destroyedAt(person).isPresent()) {
                return false;
            }
            // a key was created between the two statements: destroy that one
        }
    }

    @Override
    public Optional<OffsetDateTime> destroyedAt(UUID person) {
        return row(person).map(Row::destroyedAt);
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private record Row(byte[] wrappedKey, OffsetDateTime destroyedAt) {}

    private Optional<Row> row(UUID person) {
        return jdbc.sql("SELECT wrapped_key, destroyed_at FROM person_key WHERE person_id = :id")
                .param("id", person)
                .query((rs, n) -> new Row(rs.getBytes(1), rs.getObject(2, OffsetDateTime.class)))
                .optional();
    }

    private Optional<SecretKey> unwrap(UUID person, Row row) {
        if (row.wrappedKey() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SecretKeySpec(AesGcm.decrypt(masterKey, row.wrappedKey(), aad(person)), "AES"));
        } catch (GeneralSecurityException unwrappable) {
            throw new IllegalStateException(
                    "The key of person " + person + " cannot be unwrapped with " + MASTER_KEY_PROPERTY, unwrappable);
        }
    }

    /** The URL for messages: its parameters may hold credentials. */
    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static byte[] aad(UUID person) {
        return person.toString().getBytes(StandardCharsets.UTF_8);
    }
}
