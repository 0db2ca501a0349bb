package io.ispflow.platform;

import io.ispflow.contracts.Topics;
import io.ispflow.platform.events.EventPublisher;
import io.ispflow.platform.events.consumer.EventSubscriptions;
import io.ispflow.platform.events.consumer.IdempotentEventDispatcher;
import io.ispflow.platform.events.consumer.PoisonMessageException;
import io.ispflow.platform.events.outbox.OutboxProperties;
import io.ispflow.platform.events.outbox.OutboxRelay;
import io.ispflow.platform.events.outbox.OutboxStore;
import io.ispflow.platform.events.outbox.TraceHeaders;
import io.ispflow.platform.idempotency.IdempotencyKeyFilter;
import io.ispflow.platform.idempotency.IdempotencyStore;
import io.ispflow.platform.openapi.ApiInfo;
import io.ispflow.platform.openapi.OpenApiContract;
import io.ispflow.platform.privacy.JdbcPersonKeys;
import io.ispflow.platform.privacy.PersonKeys;
import io.ispflow.platform.privacy.PersonalData;
import io.ispflow.platform.privacy.PrivacyProperties;
import io.ispflow.platform.problem.NulRejectingStringDeserializer;
import io.ispflow.platform.problem.ProblemDetailsAdvice;
import io.ispflow.platform.problem.ProblemErrorController;
import io.ispflow.platform.security.Caller;
import io.ispflow.platform.security.CallerResolver;
import io.ispflow.platform.security.ResourceServerConfiguration;
import io.ispflow.platform.web.CorrelationIdFilter;
import io.ispflow.platform.web.RequestInputFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Wires the platform into every service: outbox and relay, idempotent consumer with its dead-letter
 * topic, crypto-shredding of personal data on the topics, Idempotency-Key, problem details, correlation
 * ids, the resource server and the caller.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
        },
        // its ErrorController must be there before Boot decides whether to add its own
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@EnableConfigurationProperties({OutboxProperties.class, ApiInfo.class, PrivacyProperties.class})
@Import({ResourceServerConfiguration.class, ProblemDetailsAdvice.class, ProblemErrorController.class})
public class PlatformAutoConfiguration {

    static {
        // the Caller parameter comes from the verified token, not from the request: keep it out of
        // the OpenAPI documents (springdoc would show it as a query parameter)
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    // --- privacy: person keys, sealing and opening personal values --------------------------------

    /**
     * The person key store (its own database and pool, shared by every service; migrated at startup).
     * Fails the start when the master key or the store is wrong.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(PersonKeys.class)
    JdbcPersonKeys personKeys(PrivacyProperties properties) {
        return new JdbcPersonKeys(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    PersonalData personalData(PersonKeys keys, JsonMapper json) {
        return new PersonalData(keys, json);
    }

    // --- publishing: outbox + relay -------------------------------------------------------------

    @Bean
    OutboxStore outboxStore(JdbcClient jdbc) {
        return new OutboxStore(jdbc);
    }

    /** The relay's producer: idempotent, acks=all, failing fast while the broker is away. */
    @Bean
    KafkaTemplate<String, byte[]> outboxKafkaTemplate(KafkaProperties kafka, MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 12_000);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config);
        factory.addListener(new MicrometerProducerListener<>(meters));
        return new KafkaTemplate<>(factory);
    }

    @Bean
    OutboxRelay outboxRelay(
            OutboxStore store,
            KafkaTemplate<String, byte[]> outboxKafkaTemplate,
            PlatformTransactionManager transactionManager,
            OutboxProperties properties,
            MeterRegistry meters) {
        return new OutboxRelay(
                store, outboxKafkaTemplate, new TransactionTemplate(transactionManager), properties, meters);
    }

    /** Keeps the current span's trace context with each event (ADR 0014), if tracing is on. */
    @Bean
    EventPublisher eventPublisher(
            OutboxStore store,
            OutboxRelay relay,
            PersonalData personalData,
            Clock clock,
            MeterRegistry meters,
            ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator,
            @Value("${spring.application.name}") String applicationName) {
        return new EventPublisher(
                store,
                relay,
                personalData,
                "/" + applicationName,
                clock,
                TraceHeaders.current(tracer.getIfUnique(), propagator.getIfUnique()),
                meters);
    }

    // --- consuming: idempotent dispatcher, bounded retries, dead-letter topic -------------------

    @Bean
    @ConditionalOnBean(EventSubscriptions.class)
    ConcurrentMessageListenerContainer<String, byte[]> eventListenerContainer(
            EventSubscriptions subscriptions,
            KafkaProperties kafka,
            KafkaTemplate<String, byte[]> outboxKafkaTemplate,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            JsonMapper json,
            PersonalData personalData,
            MeterRegistry meters,
            ObjectProvider<ObservationRegistry> observations,
            @Value("${ispflow.consumer.group:${spring.application.name}}") String consumerGroup,
            @Value("${ispflow.consumer.concurrency:1}") int concurrency,
            @Value("${ispflow.consumer.retry-interval-ms:500}") long retryIntervalMs,
            @Value("${ispflow.consumer.max-retries:3}") long maxRetries) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, consumerGroup);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        DefaultKafkaConsumerFactory<String, byte[]> factory = new DefaultKafkaConsumerFactory<>(config);
        // the Kafka client's own metrics, consumer lag among them (kafka_consumer_fetch_manager_records_lag*)
        factory.addListener(new MicrometerConsumerListener<>(meters));

        ContainerProperties properties =
                new ContainerProperties(subscriptions.topics().toArray(String[]::new));
        var dispatcher = new IdempotentEventDispatcher(
                subscriptions,
                jdbc,
                new TransactionTemplate(transactionManager),
                json,
                personalData,
                consumerGroup,
                meters);
        properties.setMessageListener(dispatcher);
        properties.setAckMode(ContainerProperties.AckMode.RECORD);
        properties.setMissingTopicsFatal(false);
        // each record is handled in a span that continues the trace of its traceparent header, so the
        // events its handler publishes carry the same trace on (ADR 0014)
        properties.setObservationEnabled(true);
        properties.setObservationRegistry(observations.getIfUnique(() -> ObservationRegistry.NOOP));

        var deadLetters = new DeadLetterPublishingRecoverer(
                outboxKafkaTemplate, (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        var errorHandler = new DefaultErrorHandler(
                (record, failure) -> {
                    meters.counter("ispflow.events.dead_lettered", "topic", record.topic())
                            .increment();
                    dispatcher.countDeadLettered(record);
                    deadLetters.accept(record, failure);
                },
                new FixedBackOff(retryIntervalMs, maxRetries));
        errorHandler.addNotRetryableExceptions(PoisonMessageException.class);

        var container = new ConcurrentMessageListenerContainer<>(factory, properties);
        container.setConcurrency(concurrency);
        container.setCommonErrorHandler(errorHandler);
        container.setBeanName("ispflow-events");
        return container;
    }

    // --- web: Idempotency-Key, correlation id, Caller parameters, OpenAPI ------------------------

    @Bean
    IdempotencyStore idempotencyStore(JdbcClient jdbc) {
        return new IdempotencyStore(jdbc);
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * JSON input is read strictly: a field named twice is refused (the gateway's zone check and the
     * service would otherwise disagree on which value counts), and so is a string holding NUL.
     */
    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new SimpleModule("ispflow-strict-input")
                        .addDeserializer(String.class, new NulRejectingStringDeserializer()));
    }

    /** After Spring Security (a stranger gets 401 first), before anything reads the body. */
    @Bean
    FilterRegistrationBean<RequestInputFilter> requestInputFilter(JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new RequestInputFilter(json));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 5);
        return registration;
    }

    /** Runs after Spring Security, so keys are scoped to the authenticated caller. */
    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(
            IdempotencyStore store, PlatformTransactionManager transactionManager, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(
                new IdempotencyKeyFilter(store, new TransactionTemplate(transactionManager), json));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    WebMvcConfigurer callerArgumentResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerResolver());
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI openApi() {
        return new OpenAPI()
                // relative: "try it out" in the gateway's Swagger UI goes through the gateway
                .servers(List.of(new Server().url("/").description("The gateway that serves this document")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("An access token of the identity provider (Keycloak; the dev"
                                                + " issuer in the local stack) with sub, name, roles and zones")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Problem responses, headers, examples and info on every operation of the document (one place). */
    @Bean
    OpenApiContract openApiContract(ApiInfo info) {
        return new OpenApiContract(info);
    }
}
