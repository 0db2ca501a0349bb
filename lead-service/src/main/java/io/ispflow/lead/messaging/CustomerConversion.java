package io.ispflow.lead.messaging;

import io.ispflow.contracts.contract.ContractActivated;
import io.ispflow.lead.lead.LeadService;
import io.ispflow.lead.lead.LeadStage;
import io.ispflow.platform.events.consumer.EventMetadata;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A contract was activated: its lead is now a CUSTOMER. Runs in the consumer's transaction (with the
 * event id recorded, so a redelivery does nothing); a lead already a customer stays as it is, and an
 * activation for a lead this service does not know is logged and skipped, so the consumer keeps going.
 */
@Component
class CustomerConversion {

    private static final Logger log = LoggerFactory.getLogger(CustomerConversion.class);

    private final LeadService leads;

    CustomerConversion(LeadService leads) {
        this.leads = leads;
    }

    void contractActivated(ContractActivated event, EventMetadata metadata) {
        UUID leadId = parse(event.leadId());
        var lead = leadId == null ? null : leads.lock(leadId).orElse(null);
        if (lead == null) {
            log.warn(
                    "Contract {} was activated for lead {}, which this service does not know; skipped (event {})",
                    event.contractId(),
                    event.leadId(),
                    metadata.id());
            return;
        }
        boolean converted =
                leads.advanceStage(lead, LeadStage.CUSTOMER, "CONTRACT", event.contractId(), actor(metadata));
        if (!converted) {
            log.debug("Lead {} was already a customer; contract {} changes nothing", leadId, event.contractId());
        }
    }

    /** The service that caused the conversion, from the CloudEvents source ({@code /contract-service}). */
    private static String actor(EventMetadata metadata) {
        String source = metadata.source();
        if (source == null || source.isBlank()) {
            return "contract-service";
        }
        return source.startsWith("/") ? source.substring(1) : source;
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
