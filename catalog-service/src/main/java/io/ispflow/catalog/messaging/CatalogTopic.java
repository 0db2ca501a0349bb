package io.ispflow.catalog.messaging;

import io.ispflow.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The catalog publishes every change with the entity's full state (through the platform's outbox) on
 * {@code catalog.events}, keyed {@code <kind>:<CODE>}. The topic is compacted, so it keeps at least
 * the latest state of every entity forever and a consumer rebuilds its copy from it alone; Spring's
 * KafkaAdmin creates it at startup. The catalog consumes no events.
 */
@Configuration(proxyBeanMethods = false)
class CatalogTopic {

    @Bean
    NewTopic catalogEventsTopic(
            @Value("${ispflow.catalog.topic.partitions:3}") int partitions,
            @Value("${ispflow.catalog.topic.replicas:-1}") short replicas) {
        TopicBuilder topic =
                TopicBuilder.name(Topics.CATALOG).partitions(partitions).compact();
        return replicas > 0 ? topic.replicas(replicas).build() : topic.build();
    }
}
