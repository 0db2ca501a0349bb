package io.ispflow.platform.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Refuses a JSON string holding the NUL character ({@code "\u0000"}): PostgreSQL cannot store it in
 * any text column, so accepting it would fail at the insert, after validation, as a misleading error.
 * Refused here it is an ordinary 400 field error naming the field.
 */
public final class NulRejectingStringDeserializer extends StringDeserializer {

    static final String MESSAGE = "must not contain the NUL character";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
        }
        return value;
    }
}
