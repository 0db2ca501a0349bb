package io.ispflow.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error a handler answers beyond the ones {@link OpenApiContract} documents by rule, such as a 404
 * for an id in a query parameter or in the body: documented with its description and the problem body.
 * (A plain {@code @ApiResponse} would make springdoc drop the generated success response.)
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ProblemResponse.List.class)
public @interface ProblemResponse {

    /** The HTTP status, 4xx or 5xx. */
    int status();

    /** When and why, for a person reading the document. */
    String description();

    @Documented
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        ProblemResponse[] value();
    }
}
