package io.ispflow.lead;

import static io.ispflow.lead.LeadFixtures.aLead;
import static io.ispflow.lead.TestUser.ANA;
import static io.ispflow.lead.TestUser.LUIS;
import static io.ispflow.lead.TestUser.MARTA;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Before registering someone, the desk checks whether the person is already a lead, in any zone. */
class DuplicateLeadsIT extends LeadTestSupport {

    @Test
    void shouldFindCandidatesByDocumentEmailOrPhoneWrittenAnyWay() {
        String dni = LeadFixtures.uniqueDni();
        String email = "Duplicado." + dni + "@Example.com";
        String id = id(createLead(
                ANA,
                aLead().withDocument("20-" + dni + "-3")
                        .withEmail(email)
                        .withPhone("+54 9 11 " + dni.substring(0, 4) + "-" + dni.substring(4))));

        JsonNode byDocument =
                as(ANA).get("/api/leads/duplicates?document=20" + dni + "3").json();
        JsonNode byEmail = as(ANA).get("/api/leads/duplicates?email=%20" + email.toLowerCase() + "%20")
                .json();
        JsonNode byPhone = as(ANA).get("/api/leads/duplicates?phone=011-" + dni).json();

        assertThat(byDocument.get("candidates").get(0).get("id").asString()).isEqualTo(id);
        assertThat(byDocument.get("candidates").get(0).get("matchedOn").get(0).asString())
                .isEqualTo("DOCUMENT");
        assertThat(byEmail.get("candidates").get(0).get("id").asString()).isEqualTo(id);
        assertThat(byEmail.get("candidates").get(0).get("matchedOn").get(0).asString())
                .isEqualTo("EMAIL");
        assertThat(byPhone.get("candidates").get(0).get("id").asString()).isEqualTo(id);
        assertThat(byPhone.get("candidates").get(0).get("matchedOn").get(0).asString())
                .isEqualTo("PHONE");
    }

    @Test
    void shouldRefuseADuplicateDocumentNamingTheCandidateUnlessForced() {
        String dni = LeadFixtures.uniqueDni();
        JsonNode first = createLead(ANA, aLead().withDocument(dni));

        var duplicate = as(ANA).post(
                        "/api/leads",
                        aLead().withDocument(dni.substring(0, 2) + "." + dni.substring(2))
                                .body());
        var forced =
                as(ANA).post("/api/leads?force=true", aLead().withDocument(dni).body());

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("type").asString()).isEqualTo("urn:problem:ispflow:duplicate-document");
        assertThat(duplicate.json().get("candidates").get(0).get("id").asString())
                .isEqualTo(id(first));
        assertThat(duplicate.json().get("candidates").get(0).get("name").asString())
                .isEqualTo(first.get("name").asString());
        assertThat(duplicate.json().get("detail").asString()).contains(id(first));
        assertThat(forced.status()).isEqualTo(201);
        assertThat(as(ANA).get("/api/leads/duplicates?document=" + dni)
                        .json()
                        .get("candidates")
                        .size())
                .isEqualTo(2);
    }

    @Test
    void shouldNameOnlyTheZoneOfADuplicateDocumentInAnotherZone() {
        String dni = LeadFixtures.uniqueDni();
        JsonNode sur = createLead(LUIS, aLead().inZone("SUR").withDocument(dni));

        var duplicate = as(ANA).post("/api/leads", aLead().withDocument(dni).body());

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("candidates").size()).isZero();
        assertThat(duplicate.json().get("otherZones").get(0).asString()).isEqualTo("SUR");
        assertThat(duplicate.json().get("detail").asString()).contains("exists in zone SUR");
        assertThat(duplicate.body()).doesNotContain(id(sur), sur.get("name").asString());
    }

    @Test
    void shouldNeedSomethingToCompare() {
        var response = as(MARTA).get("/api/leads/duplicates");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("document");
    }
}
