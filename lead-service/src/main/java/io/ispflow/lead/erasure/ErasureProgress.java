package io.ispflow.lead.erasure;

import io.ispflow.contracts.privacy.ErasureConfirmation;
import io.ispflow.platform.events.consumer.EventMetadata;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The erasure record of a lead: who asked and when, when its key was destroyed, and which services
 * have confirmed that their copies are gone. The services that keep personal data are configured
 * ({@code ispflow.lead.erasure.services}); a service outside that list that confirms is shown too.
 */
@Component
public class ErasureProgress {

    /** This service's own name in the record: its part is done in the erasure's transaction. */
    static final String SELF = "lead-service";

    private static final Logger log = LoggerFactory.getLogger(ErasureProgress.class);

    private final JdbcClient jdbc;
    private final List<String> services;

    ErasureProgress(JdbcClient jdbc, ErasureSettings settings) {
        this.jdbc = jdbc;
        this.services = settings.services();
    }

    /** The services that must confirm an erasure, this one first. */
    @ConfigurationProperties("ispflow.lead.erasure")
    record ErasureSettings(List<String> services) {
        ErasureSettings {
            services = services == null || services.isEmpty() ? List.of(SELF) : List.copyOf(services);
        }
    }

    /** A first request, or another one for a lead already erased (asking every service again). */
    void requested(UUID leadId, String by, Instant at) {
        jdbc.sql(
                        """
                        INSERT INTO lead_erasure (lead_id, requested_by, requested_at, last_requested_at)
                        VALUES (:lead, :by, :at, :at)
                        ON CONFLICT (lead_id) DO UPDATE
                           SET last_requested_at = excluded.last_requested_at,
                               requests = lead_erasure.requests + 1
                        """)
                .param("lead", leadId)
                .param("by", by)
                .param("at", utc(at))
                .update();
    }

    void keyDestroyed(UUID leadId, OffsetDateTime at) {
        jdbc.sql("UPDATE lead_erasure SET key_destroyed_at = coalesce(key_destroyed_at, :at) WHERE lead_id = :lead")
                .param("lead", leadId)
                .param("at", at)
                .update();
    }

    void confirmedHere(UUID leadId, int records, Instant at) {
        confirm(leadId, SELF, records, utc(at));
    }

    /** A service's {@code *.personal-data-erased.v1}; the service is the event's source. */
    public void confirmed(ErasureConfirmation confirmation, EventMetadata metadata) {
        UUID leadId = UUID.fromString(confirmation.leadId());
        // the CloudEvents source is the producing service's name as a URI reference: /order-service
        String service =
                metadata.source() == null ? "unknown" : metadata.source().replaceFirst("^/", "");
        if (!confirm(leadId, service, confirmation.records(), confirmation.erasedAt())) {
            log.warn("{} confirmed the erasure of lead {}, which has no erasure record here", service, leadId);
        }
    }

    private boolean confirm(UUID leadId, String service, int records, OffsetDateTime at) {
        return jdbc.sql(
                                """
                                INSERT INTO lead_erasure_confirmation (lead_id, service, records, confirmed_at)
                                SELECT :lead, :service, :records, :at
                                 WHERE EXISTS (SELECT 1 FROM lead_erasure WHERE lead_id = :lead)
                                ON CONFLICT (lead_id, service) DO UPDATE
                                   SET records = excluded.records, confirmed_at = excluded.confirmed_at
                                """)
                        .param("lead", leadId)
                        .param("service", service)
                        .param("records", records)
                        .param("at", at)
                        .update()
                > 0;
    }

    Optional<ErasureView> of(UUID leadId) {
        Optional<ErasureView.Request> request = jdbc.sql(
                        """
                        SELECT requested_by, requested_at, last_requested_at, requests, key_destroyed_at
                          FROM lead_erasure WHERE lead_id = :lead
                        """)
                .param("lead", leadId)
                .query((rs, row) -> new ErasureView.Request(
                        rs.getString("requested_by"),
                        rs.getObject("requested_at", OffsetDateTime.class),
                        rs.getObject("last_requested_at", OffsetDateTime.class),
                        rs.getInt("requests"),
                        rs.getObject("key_destroyed_at", OffsetDateTime.class)))
                .optional();
        if (request.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ErasureView.ServiceConfirmation> confirmed = jdbc
                .sql(
                        """
                        SELECT service, records, confirmed_at FROM lead_erasure_confirmation
                         WHERE lead_id = :lead ORDER BY confirmed_at
                        """)
                .param("lead", leadId)
                .query((rs, row) -> new ErasureView.ServiceConfirmation(
                        rs.getString("service"),
                        true,
                        rs.getObject("confirmed_at", OffsetDateTime.class),
                        rs.getInt("records")))
                .list()
                .stream()
                .collect(Collectors.toMap(
                        ErasureView.ServiceConfirmation::service,
                        Function.identity(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
        List<ErasureView.ServiceConfirmation> all = new java.util.ArrayList<>();
        for (String service : services) {
            ErasureView.ServiceConfirmation done = confirmed.remove(service);
            all.add(done != null ? done : new ErasureView.ServiceConfirmation(service, false, null, null));
        }
        all.addAll(confirmed.values());
        return Optional.of(ErasureView.of(leadId, request.get(), all));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
