package io.ispflow.catalog.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO 4217 currency code such as ARS (whether it exists is checked by {@link Money}). Null is valid. */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "^[A-Z]{3}$")
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrencyCode {

    String message() default "must be an ISO 4217 code such as ARS";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
