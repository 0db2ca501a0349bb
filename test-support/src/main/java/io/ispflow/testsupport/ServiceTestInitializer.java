package io.ispflow.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.util.ClassUtils;

/**
 * Points a service under test at the real infrastructure: a database of its own (migrated by
 * Flyway from scratch), the shared broker, the test token key set and, for a service on the
 * platform, the person key store of crypto-shredding: one database for every application context
 * of the test JVM, as every service shares one in production, so one context opens what another
 * sealed.
 */
public class ServiceTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Spring's names for the test's own property sources, highest precedence first. */
    private static final List<String> TEST_DECLARED_SOURCES =
            List.of("Dynamic Test Properties", "Inlined Test Properties");

    /** The platform's sealer: present on the classpath of every service but the gateway. */
    private static final String PERSONAL_DATA = "io.ispflow.platform.privacy.PersonalData";

    private static String personKeysUrl;

    /** The key store database of this test JVM, created on first use. */
    public static synchronized String personKeysDatabaseUrl() {
        if (personKeysUrl == null) {
            personKeysUrl = RealInfrastructure.get().createDatabase("person_keys");
        }
        return personKeysUrl;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        RealInfrastructure infrastructure = RealInfrastructure.get();
        String application = context.getEnvironment().getProperty("spring.application.name", "service");
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url", infrastructure.createDatabase(application.replace('-', '_')),
                "spring.datasource.username", infrastructure.postgresUser(),
                "spring.datasource.password", infrastructure.postgresPassword(),
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "ispflow.security.jwk-set-uri", TestTokens.jwkSetUri(),
                "ispflow.security.issuer", TestTokens.ISSUER,
                "ispflow.outbox.poll-interval", "100ms",
                // each application context consumes as a group of its own: two contexts of one service in
                // the same test JVM would otherwise split the topic's partitions between their databases
                "ispflow.consumer.group", application + "-" + UUID.randomUUID()));
        if (ClassUtils.isPresent(PERSONAL_DATA, context.getClassLoader())) {
            properties.put("ispflow.privacy.keys.url", personKeysDatabaseUrl());
            properties.put("ispflow.privacy.keys.username", infrastructure.postgresUser());
            properties.put("ispflow.privacy.keys.password", infrastructure.postgresPassword());
        }
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        MapPropertySource infrastructureSource = new MapPropertySource("ispflow-test-infrastructure", properties);
        // a test's own @DynamicPropertySource or inlined properties still win over these defaults
        String testDeclared = TEST_DECLARED_SOURCES.stream()
                .filter(sources::contains)
                .reduce((first, second) -> second)
                .orElse(null);
        if (testDeclared == null) {
            sources.addFirst(infrastructureSource);
        } else {
            sources.addAfter(testDeclared, infrastructureSource);
        }
    }
}
