package io.ispflow.platform.events.consumer;

import io.ispflow.contracts.IntegrationEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every event a service consumes, in one place (each service declares one bean of this type in its
 * {@code messaging} package). The platform subscribes to the topics of these event types and
 * dispatches each record by its CloudEvents type; types not listed here are skipped.
 */
public final class EventSubscriptions {

    record Subscription<E extends IntegrationEvent>(Class<E> eventClass, EventHandler<E> handler) {}

    private final Map<String, Subscription<?>> byType;

    private EventSubscriptions(Map<String, Subscription<?>> byType) {
        this.byType = Collections.unmodifiableMap(byType);
    }

    public static Builder builder() {
        return new Builder();
    }

    Subscription<?> forType(String type) {
        return byType.get(type);
    }

    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        byType.values()
                .forEach(s -> topics.add(IntegrationEvent.typeOf(s.eventClass()).topic()));
        return topics;
    }

    public Set<String> types() {
        return byType.keySet();
    }

    public static final class Builder {
        private final Map<String, Subscription<?>> byType = new LinkedHashMap<>();

        public <E extends IntegrationEvent> Builder on(Class<E> eventClass, EventHandler<E> handler) {
            String type = IntegrationEvent.typeOf(eventClass).value();
            if (byType.putIfAbsent(type, new Subscription<>(eventClass, handler)) != null) {
                throw new IllegalStateException("Two handlers for " + type);
            }
            return this;
        }

        public EventSubscriptions build() {
            return new EventSubscriptions(new LinkedHashMap<>(byType));
        }
    }
}
