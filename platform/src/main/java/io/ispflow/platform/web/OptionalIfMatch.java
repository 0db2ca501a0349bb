package io.ispflow.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that honours {@code If-Match} when sent (412 when stale) but does not require it (no
 * 428): actions a person repeats on a phone, such as starting a visit, where a lost update cannot happen.
 * Without it, the OpenAPI document says an {@code If-Match} parameter is required and may answer 428.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OptionalIfMatch {}
