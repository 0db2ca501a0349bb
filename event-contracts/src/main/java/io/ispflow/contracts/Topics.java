package io.ispflow.contracts;

import java.util.List;

/** The Kafka topics of the platform: one per owning service, keyed by aggregate id. */
public final class Topics {

    public static final String CATALOG = "catalog.events";
    public static final String LEAD = "lead.events";
    public static final String TICKET = "ticket.events";
    public static final String ORDER = "order.events";
    public static final String CONTRACT = "contract.events";

    /** Suffix of the dead-letter topic a consumer writes poison messages to. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final List<String> ALL = List.of(CATALOG, LEAD, TICKET, ORDER, CONTRACT);

    private Topics() {}

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
