package io.ispflow.platform.idempotency;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code idempotency_key} table (platform migration V0_3). */
public class IdempotencyStore {

    /** Keys are scoped per caller: two users may pick the same key without seeing each other's data. */
    public record Scope(String caller, String key) {}

    private final JdbcClient jdbc;

    public IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key in the current transaction. Returns false when the key is already taken; if
     * another transaction holds it uncommitted, this waits for that transaction to end first.
     */
    boolean claim(Scope scope, String requestHash, String method, String path) {
        return jdbc.sql(
                                """
                        INSERT INTO idempotency_key (caller, idempotency_key, request_hash, method, path)
                        VALUES (:caller, :key, :hash, :method, :path)
                        ON CONFLICT (caller, idempotency_key) DO NOTHING
                        """)
                        .param("caller", scope.caller())
                        .param("key", scope.key())
                        .param("hash", requestHash)
                        .param("method", method)
                        // for people reading the table; the request hash covers the whole path
                        .param("path", path.length() > 500 ? path.substring(0, 497) + "..." : path)
                        .update()
                == 1;
    }

    void complete(Scope scope, StoredResponse response) {
        jdbc.sql(
                        """
                        UPDATE idempotency_key
                           SET response_status = :status, response_content_type = :contentType,
                               response_location = :location, response_etag = :etag, response_body = :body
                         WHERE caller = :caller AND idempotency_key = :key
                        """)
                .param("status", response.status())
                .param("contentType", response.contentType())
                .param("location", response.location())
                .param("etag", response.etag())
                .param("body", response.body())
                .param("caller", scope.caller())
                .param("key", scope.key())
                .update();
    }

    Optional<StoredResponse> find(Scope scope) {
        return jdbc.sql(
                        """
                        SELECT request_hash, response_status, response_content_type, response_location,
                               response_etag, response_body
                          FROM idempotency_key WHERE caller = :caller AND idempotency_key = :key
                        """)
                .param("caller", scope.caller())
                .param("key", scope.key())
                .query((rs, row) -> new StoredResponse(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBytes(6)))
                .optional();
    }

    /** Keys older than the retention are forgotten; a retry after that creates anew. */
    public int purgeOlderThan(java.time.Duration retention) {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => :secs)")
                .param("secs", (double) retention.toSeconds())
                .update();
    }
}
