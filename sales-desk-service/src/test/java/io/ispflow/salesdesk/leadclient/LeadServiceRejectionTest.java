package io.ispflow.salesdesk.leadclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** The lead service's refusals reach the caller as they were, their fields named as in the wizard. */
class LeadServiceRejectionTest {

    @Test
    void shouldKeepTheProblemAndPrefixItsFields() {
        Map<String, Object> problem = new HashMap<>();
        problem.put("type", "urn:problem:ispflow:validation");
        problem.put("title", "Validation failed");
        problem.put("status", 400);
        problem.put("detail", "The request has invalid fields.");
        problem.put("instance", null);
        problem.put("errors", List.of(Map.of("field", "offer.plan", "message", "unknown or inactive plan X")));

        LeadServiceRejection rejection = new LeadServiceRejection(400, problem, null).withFieldPrefix("prospect.new.");
        rejection.with("leadId", "lead-1");
        ProblemDetail detail = rejection.toProblemDetail();

        assertThat(detail.getStatus()).isEqualTo(400);
        assertThat(detail.getType().toString()).isEqualTo("urn:problem:ispflow:validation");
        assertThat(detail.getTitle()).isEqualTo("Validation failed");
        assertThat(detail.getProperties())
                .containsEntry("leadId", "lead-1")
                .containsEntry(
                        "errors",
                        List.of(Map.of("field", "prospect.new.offer.plan", "message", "unknown or inactive plan X")));
    }

    @Test
    void shouldDescribeARefusalWithoutAProblemBody() {
        ProblemDetail detail = new LeadServiceRejection(418, Map.of(), null).toProblemDetail();

        assertThat(detail.getStatus()).isEqualTo(418);
        assertThat(detail.getType().toString()).isEqualTo("urn:problem:ispflow:lead-service-rejection");
        assertThat(detail.getDetail()).contains("418");
    }
}
