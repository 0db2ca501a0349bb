package io.ispflow.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.contracts.Topics;
import io.ispflow.platform.catalog.CatalogCopy;
import io.ispflow.platform.privacy.PersonalData;
import io.ispflow.testsupport.Api;
import io.ispflow.testsupport.EventSchemas;
import io.ispflow.testsupport.KafkaProbe;
import io.ispflow.testsupport.ServiceTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lead service on the real database and broker, one application context shared by every lead test
 * (so one consumer group, one database): tests keep apart by using data no other test uses.
 */
@ServiceTest
public abstract class LeadTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected CatalogCopy catalog;

    @Autowired
    protected PersonalData personalData;

    protected final KafkaProbe kafka = KafkaProbe.onSharedBroker();

    protected static final PeerServicesStub peers = PeerServicesStub.get();

    @DynamicPropertySource
    static void peerServices(DynamicPropertyRegistry registry) {
        registry.add("ispflow.lead.peers.sales-desk-url", peers::url);
        registry.add("ispflow.lead.peers.order-url", peers::url);
        registry.add("ispflow.lead.peers.contract-url", peers::url);
    }

    @BeforeEach
    void catalogIsCopied() {
        TestCatalog.ensureCopied(kafka, json, catalog);
    }

    protected Api as(TestUser user) {
        return Api.at(port).as(user.token());
    }

    /** Creates the lead as {@code user}; fails the test unless it was created. */
    protected JsonNode createLead(TestUser user, LeadFixtures.LeadBody lead) {
        var response = as(user).post("/api/leads", lead.body());
        assertThat(response.status()).as("create lead: %s", response).isEqualTo(201);
        return response.json();
    }

    protected JsonNode createProspect(TestUser user, String leadId, Map<String, Object> prospect) {
        var response = as(user).post("/api/leads/" + leadId + "/prospects", prospect);
        assertThat(response.status()).as("create prospect: %s", response).isEqualTo(201);
        return response.json();
    }

    protected String etag(TestUser user, String path) {
        var response = as(user).get(path);
        assertThat(response.status()).as("GET %s: %s", path, response).isEqualTo(200);
        return response.header("ETag");
    }

    protected static String id(JsonNode node) {
        return node.get("id").asString();
    }

    /** The leads of a campaign as {@code user} sees them in the grid. */
    protected JsonNode grid(TestUser user, String query) {
        var response = as(user).get("/api/leads?" + query);
        assertThat(response.status()).as("grid %s: %s", query, response).isEqualTo(200);
        return response.json();
    }

    protected static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(LeadTestSupport::id).toList();
    }

    protected JsonNode history(TestUser user, String leadId) {
        var response = as(user).get("/api/leads/" + leadId + "/history?size=200");
        assertThat(response.status()).as("history: %s", response).isEqualTo(200);
        return response.json().get("items");
    }

    /**
     * Waits for an event about {@code key} on lead.events, checks it against its schema, returns its data
     * with the personal values opened, as a consumer reads them.
     */
    protected JsonNode awaitEvent(String type, String key, Predicate<JsonNode> matching) {
        KafkaProbe.Event event = kafka.awaitEvent(
                Topics.LEAD,
                e -> type.equals(e.type()) && key.equals(e.key()) && matching.test(json.readTree(e.data())),
                Duration.ofSeconds(30));
        EventSchemas.assertValid(event);
        assertThat(event.headers()).containsEntry("ce_source", "/lead-service").containsEntry("ce_subject", key);
        return json.readTree(event.opened(personalData::open).data());
    }

    /** The event's data as it is on the topic: personal values sealed. */
    protected JsonNode awaitSealedEvent(String type, String key) {
        KafkaProbe.Event event = kafka.awaitEvent(
                Topics.LEAD, e -> type.equals(e.type()) && key.equals(e.key()), Duration.ofSeconds(30));
        return json.readTree(event.data());
    }

    protected JsonNode awaitEvent(String type, String key) {
        return awaitEvent(type, key, data -> true);
    }

    protected long count(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    // --- imports -------------------------------------------------------------------------------------

    /** A response of a call {@link Api} cannot make (multipart, streamed bodies). */
    public record HttpResult(int status, String body, java.net.http.HttpHeaders headers, JsonMapper mapper) {
        public JsonNode json() {
            return mapper.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** POSTs a CSV file as the multipart field {@code file}, as a browser's upload form does. */
    protected HttpResult upload(TestUser user, String fileName, byte[] content) {
        String boundary = "----ispflow" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/leads/imports"))
                .header("Authorization", "Bearer " + user.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new HttpResult(response.statusCode(), response.body(), response.headers(), json);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    protected static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Waits until the import is DONE (or FAILED) and returns it. */
    protected JsonNode awaitImportFinished(TestUser user, String importId) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await("import " + importId + " finished")
                .atMost(Duration.ofSeconds(60))
                .until(() -> {
                    last[0] = as(user).get("/api/leads/imports/" + importId).json();
                    String status = last[0].get("status").asString();
                    return status.equals("DONE") || status.equals("FAILED");
                });
        return last[0];
    }

    protected JsonNode importRows(TestUser user, String importId) {
        var response = as(user).get("/api/leads/imports/" + importId + "/rows?size=1000");
        assertThat(response.status()).as("rows: %s", response).isEqualTo(200);
        return response.json();
    }
}
