package io.ispflow.contracts;

/**
 * The payload of a published event (event-carried state transfer: enough state for a consumer to act
 * without calling back). Implementations are records annotated with {@link EventType}.
 */
public interface IntegrationEvent {

    /**
     * The id of the aggregate the event is about. It is the Kafka record key (so one aggregate's
     * events stay in order on one partition) and the CloudEvents {@code subject}.
     */
    String aggregateId();

    static EventType typeOf(Class<? extends IntegrationEvent> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return type;
    }
}
