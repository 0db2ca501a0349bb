package io.ispflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.catalog.CatalogFixtures.Fixture;
import io.ispflow.testsupport.Api;
import io.ispflow.testsupport.KafkaProbe;
import io.ispflow.testsupport.ServiceTest;
import io.ispflow.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog on the real database and broker, with the local stack's profile (so its demo catalog is
 * loaded at startup); one application context shared by every catalog test.
 */
@ServiceTest
@ActiveProfiles("local")
abstract class CatalogTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final KafkaProbe kafka = KafkaProbe.onSharedBroker();

    /** Reads decimals as sent ({@code 18500.00} stays 18500.00), to check money is exact on the wire. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    static JsonNode exact(Api.Response response) {
        return EXACT.readTree(response.body());
    }

    Api asAdmin() {
        return Api.at(port).as(TestTokens.user("admin").roles("ADMIN").token());
    }

    /** A salesperson of one zone: reads the catalog (reference data has no zone), cannot change it. */
    Api asSales() {
        return Api.at(port)
                .as(TestTokens.user("ana").roles("SALES").zones("NORTE").token());
    }

    /** Creates the entity as ADMIN; fails the test unless it was created. */
    Api.Response create(Fixture fixture) {
        var response = asAdmin().post(fixture.collection(), fixture.body());
        assertThat(response.status())
                .as("create %s: %s", fixture.code(), response)
                .isEqualTo(201);
        return response;
    }

    /** A zone with one active node in it; returns the node fixture (its zone is {@code node zone}). */
    Fixture createZoneWithNode() {
        Fixture zone = CatalogFixtures.aZone();
        create(zone);
        Fixture node = CatalogFixtures.aNode(zone.code());
        create(node);
        return node;
    }

    Api.Response deactivate(String location) {
        return changeState(location, "deactivate");
    }

    Api.Response activate(String location) {
        return changeState(location, "activate");
    }

    private Api.Response changeState(String location, String action) {
        String etag = asAdmin().get(location).header("ETag");
        return asAdmin().header("If-Match", etag).post(location + "/" + action, "");
    }

    /** Updates as ADMIN with the current ETag. */
    Api.Response update(String location, Object body) {
        String etag = asAdmin().get(location).header("ETag");
        return asAdmin().header("If-Match", etag).put(location, body);
    }
}
