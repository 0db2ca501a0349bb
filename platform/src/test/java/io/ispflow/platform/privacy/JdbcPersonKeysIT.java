package io.ispflow.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ispflow.testsupport.RealInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The key store on the real PostgreSQL: two "services" sharing one database, as in production. */
class JdbcPersonKeysIT {

    static final String MASTER_KEY = "g/Wg90849lntcVtB7bHwmaTfSt0zPFEMdGNGtl29tk4=";

    static String url;
    static JdbcPersonKeys lead;
    static JdbcPersonKeys order;

    @BeforeAll
    static void twoServicesOnOneKeyStore() {
        RealInfrastructure infrastructure = RealInfrastructure.get();
        url = infrastructure.createDatabase("person_keys_it");
        lead = open(MASTER_KEY);
        order = open(MASTER_KEY); // migrates again: nothing to do
    }

    @AfterAll
    static void close() {
        lead.close();
        order.close();
    }

    static JdbcPersonKeys open(String masterKey) {
        RealInfrastructure infrastructure = RealInfrastructure.get();
        return new JdbcPersonKeys(url, infrastructure.postgresUser(), infrastructure.postgresPassword(), masterKey, 2);
    }

    @Test
    void shouldCreateOneKeyPerPersonThatEveryServiceOpens() throws Exception {
        UUID person = UUID.randomUUID();

        SecretKey key = lead.keyFor(person).orElseThrow();

        assertThat(key.getEncoded()).hasSize(32);
        assertThat(lead.keyFor(person).orElseThrow().getEncoded()).isEqualTo(key.getEncoded());
        assertThat(order.existingKey(person).orElseThrow().getEncoded()).isEqualTo(key.getEncoded());
        assertThat(order.destroyedAt(person)).isEmpty();
        try (Connection c = connection();
                var ps = c.prepareStatement("SELECT wrapped_key FROM person_key WHERE person_id = ?")) {
            ps.setObject(1, person);
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                byte[] wrapped = rs.getBytes(1);
                // nonce + the wrapped 32 bytes + tag: never the key itself
                assertThat(wrapped).hasSize(12 + 32 + 16);
                assertThat(new String(wrapped, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .doesNotContain(new String(key.getEncoded(), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void shouldNotCreateAKeyWhenOpening() {
        UUID person = UUID.randomUUID();

        assertThat(order.existingKey(person)).isEmpty();
        assertThat(order.destroyedAt(person)).isEmpty();
        assertThat(lead.keyFor(person)).isPresent();
    }

    @Test
    void shouldDestroyAKeyForGoodAndForEveryService() {
        UUID person = UUID.randomUUID();
        lead.keyFor(person).orElseThrow();

        assertThat(lead.destroy(person)).isTrue();
        assertThat(order.destroy(person)).isFalse(); // idempotent

        assertThat(order.existingKey(person)).isEmpty();
        assertThat(order.keyFor(person)).isEmpty();
        assertThat(lead.keyFor(person)).isEmpty();
        assertThat(lead.destroyedAt(person)).isPresent();
    }

    @Test
    void shouldRecordTheErasureOfAPersonWithoutKeySoNoneIsMadeLater() {
        UUID person = UUID.randomUUID();

        assertThat(lead.destroy(person)).isFalse();

        assertThat(order.keyFor(person)).isEmpty();
        assertThat(order.destroyedAt(person)).isPresent();
    }

    @Test
    void shouldGiveConcurrentSealersTheSameKey() throws Exception {
        UUID person = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Optional<SecretKey>>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                JdbcPersonKeys service = i % 2 == 0 ? lead : order;
                results.add(pool.submit(() -> service.keyFor(person)));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<Optional<SecretKey>> result : results) {
                distinct.add(java.util.HexFormat.of()
                        .formatHex(result.get().orElseThrow().getEncoded()));
            }
            assertThat(distinct).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Services start together on a fresh store: while one is half-way through the first migration (the history
     * table made, not yet written), another waits for it instead of failing on the empty table.
     */
    @Test
    void shouldWaitForAnotherServiceMigratingAFreshStoreInsteadOfFailing() throws Exception {
        RealInfrastructure infrastructure = RealInfrastructure.get();
        String fresh = infrastructure.createDatabase("person_keys_race");
        ExecutorService service = Executors.newSingleThreadExecutor();
        try (Connection first = DriverManager.getConnection(
                        fresh, infrastructure.postgresUser(), infrastructure.postgresPassword());
                java.sql.Statement migrating = first.createStatement()) {
            migrating.execute("SELECT pg_advisory_lock(" + JdbcPersonKeys.MIGRATION_LOCK + ")");
            migrating.execute("CREATE TABLE " + JdbcPersonKeys.HISTORY_TABLE + " (installed_rank int)");

            Future<JdbcPersonKeys> second = service.submit(() -> new JdbcPersonKeys(
                    fresh, infrastructure.postgresUser(), infrastructure.postgresPassword(), MASTER_KEY, 2));
            // it keeps waiting as long as the first one holds the lock
            org.awaitility.Awaitility.await()
                    .during(java.time.Duration.ofSeconds(1))
                    .atMost(java.time.Duration.ofSeconds(3))
                    .until(() -> !second.isDone());

            // the first one is done (here: gone, leaving nothing behind); the second migrates the store itself
            migrating.execute("DROP TABLE " + JdbcPersonKeys.HISTORY_TABLE);
            migrating.execute("SELECT pg_advisory_unlock(" + JdbcPersonKeys.MIGRATION_LOCK + ")");
            try (JdbcPersonKeys keys = second.get(30, java.util.concurrent.TimeUnit.SECONDS)) {
                assertThat(keys.keyFor(UUID.randomUUID())).isPresent();
            }
        } finally {
            service.shutdownNow();
        }
    }

    @Test
    void shouldRefuseToStartWithAnotherMasterKey() {
        assertThatThrownBy(() -> open("YZG8SnqbldVJMV0HqM3BmZ12di/WY13qNsarn2iEcsA="))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PRIVACY_MASTER_KEY")
                .hasMessageContaining("every service must use the same master key");
    }

    @Test
    void shouldRefuseAMasterKeyThatIsNot32Bytes() {
        assertThatThrownBy(() -> open("c2hvcnQ="))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PRIVACY_MASTER_KEY")
                .hasMessageContaining("decodes to 5 bytes");
        assertThatThrownBy(() -> open("not base64 at all!"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not base64");
        assertThatThrownBy(() -> open(""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not set");
    }

    private static Connection connection() throws Exception {
        RealInfrastructure infrastructure = RealInfrastructure.get();
        return DriverManager.getConnection(url, infrastructure.postgresUser(), infrastructure.postgresPassword());
    }
}
