package io.ispflow.contracts.catalog;

/** The six kinds of catalog entity, each with its event record and its key prefix on the topic. */
public enum CatalogKind {
    PLAN("plan", PlanChanged.class),
    RECURRING_ITEM("recurring-item", RecurringItemChanged.class),
    DISCOUNT("discount", DiscountChanged.class),
    ORIGIN("origin", OriginChanged.class),
    ZONE("zone", ZoneChanged.class),
    NODE("node", NodeChanged.class);

    private final String value;
    private final Class<? extends CatalogChange> eventClass;

    CatalogKind(String value, Class<? extends CatalogChange> eventClass) {
        this.value = value;
        this.eventClass = eventClass;
    }

    /** The kind as it appears in record keys ({@code plan}, {@code recurring-item}, ...). */
    public String value() {
        return value;
    }

    public Class<? extends CatalogChange> eventClass() {
        return eventClass;
    }

    /** The Kafka record key (and CloudEvents subject) of an entity: {@code plan:FIBRA-300}. */
    public String key(String code) {
        return value + ":" + code;
    }

    public static CatalogKind of(Class<?> eventClass) {
        for (CatalogKind kind : values()) {
            if (kind.eventClass.equals(eventClass)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(eventClass.getName() + " is not a catalog event");
    }

    public static CatalogKind fromValue(String value) {
        for (CatalogKind kind : values()) {
            if (kind.value.equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown catalog kind " + value);
    }
}
