package io.ispflow.platform.sample;

import io.ispflow.testsupport.Api;
import io.ispflow.testsupport.KafkaProbe;
import io.ispflow.testsupport.ServiceTest;
import io.ispflow.testsupport.TestTokens;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sample service on the real database and broker, shared by the platform's tests (one context). */
@ServiceTest
abstract class PlatformTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final KafkaProbe kafka = KafkaProbe.onSharedBroker();

    Api api() {
        return Api.at(port);
    }

    Api asSales(String zone) {
        return api().as(TestTokens.user("sales-" + zone)
                .roles("SALES")
                .zones(zone)
                .token());
    }

    Api asManager() {
        return api().as(TestTokens.user("marta").roles("MANAGER").token());
    }

    static Map<String, String> note(String text, String zone) {
        return zone == null ? Map.of("text", text) : Map.of("text", text, "zone", zone);
    }

    long count(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
