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

/** A catalog code: 2 to 40 uppercase letters, digits and hyphens, not starting with a hyphen. Null is valid. */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = CatalogEntity.CODE_PATTERN)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CatalogCode {

    String message() default "must be 2 to 40 uppercase letters, digits or hyphens, starting with a letter or digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
