package io.ispflow.order.order;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The leads whose personal data was erased here ({@code erased_lead}), kept so that an order a late
 * ticket event asks for is made anonymised too. Only ids and times: nothing of the person.
 */
@Repository
public class ErasedLeads {

    private final JdbcClient jdbc;

    ErasedLeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the lead as erased; the first erasure's time is kept when it is erased again. */
    void record(String leadId, OffsetDateTime at) {
        jdbc.sql("INSERT INTO erased_lead (lead_id, erased_at) VALUES (:leadId, :at) ON CONFLICT DO NOTHING")
                .param("leadId", leadId)
                .param("at", at)
                .update();
    }

    /** When the lead was first erased here; empty when it never was. */
    public Optional<OffsetDateTime> erasedAt(String leadId) {
        return jdbc.sql("SELECT erased_at FROM erased_lead WHERE lead_id = :leadId")
                .param("leadId", leadId)
                .query(OffsetDateTime.class)
                .optional();
    }
}
