package io.ispflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contract.fixtures.ContractServiceTestSupport;
import io.ispflow.testsupport.OpenApiDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document the gateway shows: every operation named, summarised and tagged for people. */
class ContractOpenApiIT extends ContractServiceTestSupport {

    @Test
    void shouldNameSummarizeAndTagEveryOperation() {
        var response = api().get("/v3/api-docs");
        keepForLinters(response.body());
        JsonNode paths = response.json().get("paths");

        assertThat(paths.propertyNames())
                .contains(
                        "/api/contracts",
                        "/api/contracts/prefill",
                        "/api/contracts/{id}",
                        "/api/contracts/{id}/suspension",
                        "/api/contracts/{id}/reactivation",
                        "/api/contracts/{id}/termination",
                        "/api/customers",
                        "/api/customers/{id}",
                        "/api/contracts/personal-data/{leadId}");
        List<String> operationIds = OpenApiDocuments.assertEveryOperationNamedAndDescribed(response.json());

        assertThat(operationIds)
                .containsExactlyInAnyOrder(
                        "listContracts",
                        "getContractPrefill",
                        "createContract",
                        "getContract",
                        "suspendContract",
                        "reactivateContract",
                        "terminateContract",
                        "listCustomers",
                        "getCustomer",
                        "exportContractPersonalData");
        assertThat(response.body()).doesNotContain("\"name\":\"caller\"");
    }

    @Test
    void shouldDocumentTheRulesClientsDependOn() {
        JsonNode document = api().get("/v3/api-docs").json();
        JsonNode paths = document.get("paths");

        assertThat(document.get("tags").valueStream().map(tag -> tag.get("name").asString()))
                .contains("Contracts", "Customers", "Personal data");
        assertThat(paths.at("/~1api~1contracts/post/responses").has("201")).isTrue();
        assertThat(paths.at("/~1api~1contracts~1{id}~1suspension/post/description")
                        .asString())
                .contains("428", "412", "BACKOFFICE");
        assertThat(paths.at("/~1api~1contracts~1personal-data~1{leadId}/get/description")
                        .asString())
                .contains("ADMIN");
        assertThat(paths.at("/~1api~1contracts~1personal-data~1{leadId}/get/responses")
                        .has("403"))
                .isTrue();
        JsonNode installation = paths.at("/~1api~1contracts/get/parameters")
                .valueStream()
                .filter(parameter -> parameter.get("name").asString().equals("installation"))
                .findFirst()
                .orElseThrow();
        assertThat(installation.at("/schema/enum").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("PENDING", "SUCCESS", "FAILED");
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/TechnicalRequest/properties/ipAddress/example").asString())
                .isEqualTo("200.45.10.23");
        assertThat(schemas.at("/CpeRequest/properties/mac/example").asString()).isEqualTo("AA:BB:CC:DD:EE:FF");
        // the contract's customer and the prefilled form's are two schemas, not one overwriting the other
        assertThat(schemas.at("/PrefillCustomer/properties").has("contact")).isTrue();
        assertThat(schemas.at("/Customer/properties").has("documentNumber")).isTrue();
    }

    /** The document as served, for an OpenAPI linter to read after the build. */
    private static void keepForLinters(String document) {
        try {
            Path file = Path.of("target", "openapi", "contract-service.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, document);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
