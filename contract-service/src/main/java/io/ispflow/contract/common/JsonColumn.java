package io.ispflow.contract.common;

import jakarta.persistence.AttributeConverter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a snapshot value (a contact, an offer, a location, frozen prices) as one {@code jsonb}
 * column: these values are read and written whole, never queried field by field. Columns using it
 * declare {@code columnDefinition = "jsonb"} and cast on write ({@code @ColumnTransformer}).
 *
 * @param <T> the snapshot type, usually a record of event-contracts
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    /** Rows written by an older version may lack or carry fields: read them leniently. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The cast every JSON column needs on write: Hibernate binds the converted value as text. */
    public static final String WRITE = "CAST(? AS jsonb)";

    private final TypeReference<T> type;

    protected JsonColumn(TypeReference<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    @Override
    public T convertToEntityAttribute(String json) {
        return json == null ? null : JSON.readValue(json, type);
    }
}
