package io.ispflow.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a payload record as a published event: its stable, versioned wire name (the CloudEvents
 * {@code type}, e.g. {@code lead.created.v1}) and the topic it travels on. The wire name is never a
 * Java class name, so classes can move without breaking consumers; a breaking change is a new
 * version of the name. Every type has a JSON Schema at {@code event-schemas/<type>.schema.json}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The CloudEvents type, {@code <aggregate>.<verb-in-past-tense>.v<N>}. */
    String value();

    /** The topic, one of {@link Topics}. */
    String topic();
}
