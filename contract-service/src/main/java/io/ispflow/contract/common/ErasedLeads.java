package io.ispflow.contract.common;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leads whose personal data this service erased ({@code lead.erased.v1}), also those it held
 * nothing of at the time: an installation order of such a lead copied later is anonymised at once,
 * and no contract is ever made for it.
 */
@Component
public class ErasedLeads {

    private final JdbcClient jdbc;

    ErasedLeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the lead was erased here. */
    @Transactional(readOnly = true)
    public boolean contains(String leadId) {
        if (leadId == null) {
            return false;
        }
        return jdbc.sql("SELECT count(*) FROM erased_lead WHERE lead_id = :leadId")
                        .param("leadId", leadId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records the erasure; an erasure asked again keeps the first time. */
    @Transactional
    public void add(String leadId, OffsetDateTime at) {
        jdbc.sql(
                        """
                        INSERT INTO erased_lead (lead_id, erased_at) VALUES (:leadId, :at)
                        ON CONFLICT (lead_id) DO NOTHING
                        """)
                .param("leadId", leadId)
                .param("at", at)
                .update();
    }
}
