package io.ispflow.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One Spring Boot module started as a separate JVM: {@code <name>/target/<name>.jar}. */
record ServiceSpec(String name, int port, String database, Role role) {

    /** What a module is, which decides its environment. */
    enum Role {
        /** A service: its own database, the person key store, Kafka, a resource server of the issuer's tokens. */
        SERVICE,
        /** The gateway: Kafka and the issuer's tokens, and where the services are. */
        GATEWAY,
        /** The web console: the gateway and the issuer as an OpenID provider, nothing else. */
        CONSOLE
    }

    static final String DEFAULT_JVM_OPTS = "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    /** The person key store of crypto-shredding: one database shared by every service (platform-defaults.yml). */
    static final String PERSON_KEYS_DATABASE = "person_keys";

    /**
     * The master key that wraps the person keys, the same for every service: the platform's development default,
     * unless the launcher's environment sets PRIVACY_MASTER_KEY.
     */
    static final String DEV_PRIVACY_MASTER_KEY = "YZG8SnqbldVJMV0HqM3BmZ12di/WY13qNsarn2iEcsA=";

    static final ServiceSpec CATALOG = new ServiceSpec("catalog-service", 8081, "catalog", Role.SERVICE);
    static final ServiceSpec LEAD = new ServiceSpec("lead-service", 8082, "lead", Role.SERVICE);
    static final ServiceSpec SALES_DESK = new ServiceSpec("sales-desk-service", 8083, "salesdesk", Role.SERVICE);
    static final ServiceSpec ORDER = new ServiceSpec("order-service", 8084, "orders", Role.SERVICE);
    static final ServiceSpec CONTRACT = new ServiceSpec("contract-service", 8085, "contract", Role.SERVICE);
    static final ServiceSpec GATEWAY = new ServiceSpec("gateway", 8080, null, Role.GATEWAY);
    static final ServiceSpec CONSOLE = new ServiceSpec("console", 8086, null, Role.CONSOLE);

    /** The five services, in start order. */
    static final List<ServiceSpec> SERVICES = List.of(CATALOG, LEAD, SALES_DESK, ORDER, CONTRACT);

    /** Every module the launcher starts, in start order: the services, the gateway, the console. */
    static final List<ServiceSpec> ALL = List.of(CATALOG, LEAD, SALES_DESK, ORDER, CONTRACT, GATEWAY, CONSOLE);

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
        return role == Role.GATEWAY;
    }

    String jarPath() {
        return name + "/target/" + name + ".jar";
    }

    String healthUrl() {
        return "http://localhost:" + port + "/actuator/health/readiness";
    }

    /**
     * The identity settings that the launcher's own environment may set to point the whole stack at another
     * OpenID provider (Keycloak, as in docker-compose): those values win over the dev issuer's.
     */
    static final List<String> IDENTITY_SETTINGS = List.of(
            "JWT_ISSUER_URI",
            "JWT_JWK_SET_URI",
            "OIDC_ISSUER_URI",
            "OIDC_PROVIDER_URI",
            "OIDC_CLIENT_ID",
            "OIDC_CLIENT_SECRET",
            "CONSOLE_PEOPLE_URL");

    /** The environment of the process, with the identity settings the launcher's environment sets. */
    Map<String, String> environment(Infrastructure infra, Map<String, String> launcherEnvironment) {
        Map<String, String> env = environment(infra);
        for (String name : IDENTITY_SETTINGS) {
            String value = launcherEnvironment.get(name);
            if (value != null && !value.isBlank() && env.containsKey(name)) {
                env.put(name, value);
            }
        }
        return env;
    }

    /** The environment of the service process (added to the launcher's own environment). */
    Map<String, String> environment(Infrastructure infra) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("SERVER_PORT", Integer.toString(port));
        if (role == Role.CONSOLE) {
            // a backend-for-frontend: no database, no Kafka, no personal data of its own
            env.put("GATEWAY_URL", GATEWAY.baseUrl());
            env.put("OIDC_ISSUER_URI", infra.issuerUri());
            env.put("OIDC_PROVIDER_URI", infra.issuerUri());
            env.put("OIDC_CLIENT_ID", OidcProvider.CONSOLE_CLIENT_ID);
            env.put("OIDC_CLIENT_SECRET", OidcProvider.CONSOLE_CLIENT_SECRET);
            env.put("CONSOLE_PEOPLE_URL", infra.issuerUri() + "/users");
            env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
            return env;
        }
        if (role == Role.SERVICE) {
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
