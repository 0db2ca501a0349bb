package io.ispflow.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose successful answer carries the resource's version as an {@code ETag} header
 * ({@link ETags}), so the OpenAPI document says so and clients know to send it back as {@code If-Match}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReturnsETag {}
