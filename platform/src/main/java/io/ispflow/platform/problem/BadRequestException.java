package io.ispflow.platform.problem;

import org.springframework.http.HttpStatus;

/** 400: input the annotations cannot check (a rule across fields, an unknown reference code, ...). */
public class BadRequestException extends ProblemException {

    public BadRequestException(String slug, String detail) {
        super(HttpStatus.BAD_REQUEST, slug, "Bad request", detail);
    }

    /** A validation error on one field, reported like the annotation-driven ones. */
    public static BadRequestException invalidField(String field, String message) {
        BadRequestException exception = new BadRequestException("validation", "The request has invalid fields.");
        exception.with("errors", java.util.List.of(new FieldProblem(field, message)));
        return exception;
    }
}
