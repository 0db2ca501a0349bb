package io.ispflow.lead;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.LeadFixtures.aProspect;
import static io.ispflow.lead.TestUser.ANA;
import static io.ispflow.lead.TestUser.MARTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ispflow.contracts.contract.ContractActivated;
import io.ispflow.contracts.contract.PriceLine;
import io.ispflow.contracts.contract.Pricing;
import io.ispflow.contracts.contract.TechnicalData;
import io.ispflow.contracts.shared.Contact;
import io.ispflow.contracts.shared.Location;
import io.ispflow.contracts.shared.Offer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The contract service activates a contract on contract.events: its lead becomes a customer. */
class CustomerConversionIT extends LeadTestSupport {

    @Test
    void shouldMakeTheLeadACustomerWhenItsContractIsActivated() {
        String lead = id(createLead(ANA, aLead()));
        createProspect(ANA, lead, aProspect());
        ContractActivated activation = activationOf(lead);

        TestCatalog.publish(kafka, json, activation);

        awaitStage(lead, "CUSTOMER");
        JsonNode conversion = history(ANA, lead).get(0);
        assertThat(conversion.get("action").asString()).isEqualTo("STAGE_CHANGED");
        assertThat(conversion.get("by").asString()).isEqualTo("contract-service");
        assertThat(conversion.get("reference").asString()).isEqualTo("contract:" + activation.contractId());
        assertThat(conversion.get("changes").get(0).get("before").asString()).isEqualTo("PROSPECT");
        assertThat(conversion.get("changes").get(0).get("after").asString()).isEqualTo("CUSTOMER");
        JsonNode event = awaitEvent(
                "lead.stage-changed.v1", lead, e -> e.get("toStage").asString().equals("CUSTOMER"));
        assertThat(event.get("causeType").asString()).isEqualTo("CONTRACT");
        assertThat(event.get("causeId").asString()).isEqualTo(activation.contractId());
        // the lead's evolution, oldest first: lead, prospect, customer
        assertThat(history(ANA, lead)
                        .valueStream()
                        .filter(e -> e.get("action").asString().equals("STAGE_CHANGED"))
                        .map(e -> e.get("changes").get(0).get("after").asString()))
                .containsExactly("CUSTOMER", "PROSPECT");
    }

    @Test
    void shouldApplyARedeliveredOrRepeatedActivationOnce() {
        String lead = id(createLead(ANA, aLead()));
        ContractActivated activation = activationOf(lead);
        String data = json.writeValueAsString(activation);
        String eventId = UUID.randomUUID().toString();
        var headers = TestCatalog.headers(ContractActivated.TYPE, eventId, activation);

        kafka.send("contract.events", activation.contractId(), headers, data); // delivered
        kafka.send("contract.events", activation.contractId(), headers, data); // redelivered: same ce_id
        TestCatalog.publish(kafka, json, activation); // the same activation published again
        String marker = id(createLead(ANA, aLead()));
        TestCatalog.publish(kafka, json, activationOf(marker));

        // once the later lead is converted, every earlier record on the partition was handled
        awaitStage(marker, "CUSTOMER");
        awaitStage(lead, "CUSTOMER");
        assertThat(history(ANA, lead)
                        .valueStream()
                        .filter(e -> e.get("action").asString().equals("STAGE_CHANGED"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void shouldSkipAnActivationForAnUnknownLeadAndKeepConsuming() {
        TestCatalog.publish(kafka, json, activationOf(UUID.randomUUID().toString()));
        String lead = id(createLead(ANA, aLead()));

        TestCatalog.publish(kafka, json, activationOf(lead));

        awaitStage(lead, "CUSTOMER");
    }

    @Test
    void shouldKeepACustomersIdentityReadOnly() {
        Map<String, Object> original = aLead().withBilling().body();
        String lead = id(createLead(ANA, new LeadFixtures.LeadBody().withAll(original)));
        TestCatalog.publish(kafka, json, activationOf(lead));
        awaitStage(lead, "CUSTOMER");
        String etag = etag(ANA, "/api/leads/" + lead);

        var renamed = as(ANA).header("If-Match", etag).put("/api/leads/" + lead, with(original, "name", "Otro Nombre"));
        var newDocument = as(MARTA)
                .header("If-Match", etag)
                .put("/api/leads/" + lead, with(original, "documentNumber", "99999999"));
        var newEmail = as(ANA).header("If-Match", etag)
                .put("/api/leads/" + lead, with(original, "email", "cliente@example.com"));

        assertThat(renamed.status()).isEqualTo(409);
        assertThat(renamed.json().get("type").asString()).isEqualTo("urn:problem:ispflow:customer-identity-read-only");
        assertThat(renamed.json().get("fields").get(0).asString()).isEqualTo("name");
        assertThat(newDocument.status()).isEqualTo(409);
        assertThat(newDocument.json().get("fields").get(0).asString()).isEqualTo("documentNumber");
        assertThat(newEmail.status())
                .as("contact data stays editable: %s", newEmail)
                .isEqualTo(200);
        assertThat(newEmail.json().get("email").asString()).isEqualTo("cliente@example.com");
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private void awaitStage(String lead, String stage) {
        await("lead " + lead + " at stage " + stage)
                .atMost(Duration.ofSeconds(30))
                .until(() -> as(MARTA)
                        .get("/api/leads/" + lead)
                        .json()
                        .get("stage")
                        .asString()
                        .equals(stage));
    }

    /** What the contract service publishes when a lead's installation succeeded. */
    private static ContractActivated activationOf(String leadId) {
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var contact = new Contact(leadId, "INDIVIDUAL", "Cliente " + n, "DNI", "30123456", null, null, null, null);
        var offer = new Offer("FIBRA-300", List.of("ROUTER-WIFI6"), List.of());
        var pricing = new Pricing(
                "ARS",
                List.of(new PriceLine("PLAN", "FIBRA-300", "Fibra 300", new BigDecimal("24900.00"), null)),
                new BigDecimal("25000.00"),
                new BigDecimal("49900.00"),
                new BigDecimal("24900.00"));
        var location = new Location(
                "Av. Siempreviva 742", "Vicente López", "B1638", "Buenos Aires", "AR", -34.52, -58.47, "NORTE");
        var technical = new TechnicalData("OLT-NORTE-1", "PPPOE", null, "cliente" + n, null);
        ContractActivated event = new ContractActivated(
                UUID.randomUUID().toString(),
                "CT-" + n,
                UUID.randomUUID().toString(),
                "C-" + n,
                leadId,
                UUID.randomUUID().toString(),
                null,
                "NORTE",
                contact,
                offer,
                pricing,
                location,
                technical,
                OffsetDateTime.now(ZoneOffset.UTC));
        return event;
    }
}
