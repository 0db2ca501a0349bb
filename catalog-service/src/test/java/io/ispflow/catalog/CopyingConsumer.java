package io.ispflow.catalog;

import io.ispflow.contracts.Topics;
import io.ispflow.platform.catalog.CatalogCopy;
import io.ispflow.platform.events.consumer.EventSubscriptions;
import io.ispflow.platform.events.consumer.IdempotentEventDispatcher;
import io.ispflow.testsupport.RealInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another service, as far as the catalog is concerned: its own fresh database with only the
 * platform's migrations, a {@link CatalogCopy} subscribed the way a service subscribes it, and the
 * platform's idempotent dispatcher fed by a consumer that reads {@code catalog.events} from the
 * beginning. It knows nothing of the catalog but the topic.
 */
final class CopyingConsumer {

    final CatalogCopy copy;
    final JdbcClient jdbc;
    private final IdempotentEventDispatcher dispatcher;

    private CopyingConsumer(CatalogCopy copy, JdbcClient jdbc, IdempotentEventDispatcher dispatcher) {
        this.copy = copy;
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
    }

    static CopyingConsumer withFreshDatabase(JsonMapper json) {
        RealInfrastructure infrastructure = RealInfrastructure.get();
        var dataSource = new DriverManagerDataSource(
                infrastructure.createDatabase("catalog_copy"),
                infrastructure.postgresUser(),
                infrastructure.postgresPassword());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/platform")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        CatalogCopy copy = new CatalogCopy(jdbc, json);
        EventSubscriptions subscriptions =
                copy.subscribe(EventSubscriptions.builder()).build();
        var dispatcher = new IdempotentEventDispatcher(
                subscriptions,
                jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                json,
                "copying-consumer",
                new SimpleMeterRegistry());
        return new CopyingConsumer(copy, jdbc, dispatcher);
    }

    /** Reads the whole topic, from the first record to the last one written so far; returns how many. */
    int readTopicFromTheBeginning() {
        Properties config = new Properties();
        config.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.get().kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "copying-consumer-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CATALOG).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            int[] read = {0};
            Awaitility.await("the end of " + Topics.CATALOG)
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ZERO)
                    .until(() -> {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                            dispatcher.onMessage(record);
                            read[0]++;
                        }
                        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
                    });
            return read[0];
        }
    }
}
