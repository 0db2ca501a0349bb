package io.ispflow.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One Spring Boot module started as a separate JVM: {@code <name>/target/<name>.jar}. */
record ServiceSpec(String name, int port, String database) {

    static final String DEFAULT_JVM_OPTS = "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    /** The person key store of crypto-shredding: one database shared by every service (platform-defaults.yml). */
    static final String PERSON_KEYS_DATABASE = "person_keys";

    /**
     * The master key that wraps the person keys, the same for every service: the platform's development default,
     * unless the launcher's environment sets PRIVACY_MASTER_KEY.
     */
    static final String DEV_PRIVACY_MASTER_KEY = "YZG8SnqbldVJMV0HqM3BmZ12di/WY13qNsarn2iEcsA=";

    static final ServiceSpec CATALOG = new ServiceSpec("catalog-service", 8081, "catalog");
    static final ServiceSpec LEAD = new ServiceSpec("lead-service", 8082, "lead");
    static final ServiceSpec SALES_DESK = new ServiceSpec("sales-desk-service", 8083, "salesdesk");
    static final ServiceSpec ORDER = new ServiceSpec("order-service", 8084, "orders");
    static final ServiceSpec CONTRACT = new ServiceSpec("contract-service", 8085, "contract");
    static final ServiceSpec GATEWAY = new ServiceSpec("gateway", 8080, null);

    /** The five services, in start order. */
    static final List<ServiceSpec> SERVICES = List.of(CATALOG, LEAD, SALES_DESK, ORDER, CONTRACT);

    static final List<ServiceSpec> ALL = List.of(CATALOG, LEAD, SALES_DESK, ORDER, CONTRACT, GATEWAY);

    /** Where the services find PostgreSQL, Kafka and the token issuer, and the master key of the person keys. */
    record Infrastructure(
            DatabaseTarget database,
            String kafkaBootstrapServers,
            String issuerUri,
            String jwkSetUri,
            String privacyMasterKey) {}

    /** A PostgreSQL server: JDBC URL prefix ({@code jdbc:postgresql://host:port/}) plus credentials. */
    interface DatabaseTarget {
        String url(String database);

        String user();

        String password();
    }

    boolean isGateway() {
        return database == null;
    }

    String jarPath() {
        return name + "/target/" + name + ".jar";
    }

    String healthUrl() {
        return "http://localhost:" + port + "/actuator/health/readiness";
    }

    /** The environment of the service process (added to the launcher's own environment). */
    Map<String, String> environment(Infrastructure infra) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("SERVER_PORT", Integer.toString(port));
        if (database != null) {
            env.put("DATABASE_URL", infra.database().url(database));
            env.put("DATABASE_USERNAME", infra.database().user());
            env.put("DATABASE_PASSWORD", infra.database().password());
            // every service seals and opens personal data with the keys of one shared store
            env.put("PERSON_KEYS_DATABASE_URL", infra.database().url(PERSON_KEYS_DATABASE));
            env.put("PERSON_KEYS_DATABASE_USERNAME", infra.database().user());
            env.put("PERSON_KEYS_DATABASE_PASSWORD", infra.database().password());
            env.put("PRIVACY_MASTER_KEY", infra.privacyMasterKey());
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
        env.put("JWT_JWK_SET_URI", infra.jwkSetUri());
        env.put("JWT_ISSUER_URI", infra.issuerUri());
        // the launcher waits for /actuator/health/readiness: make sure the probe groups exist outside Kubernetes
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        if (isGateway()) {
            env.put("CATALOG_URL", CATALOG.baseUrl());
            env.put("LEAD_URL", LEAD.baseUrl());
            env.put("SALES_DESK_URL", SALES_DESK.baseUrl());
            env.put("ORDER_URL", ORDER.baseUrl());
            env.put("CONTRACT_URL", CONTRACT.baseUrl());
        }
        return env;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }
}
