package io.ispflow.platform.problem;

import org.springframework.http.HttpStatus;

/** 409: the request is valid but conflicts with the current state (a duplicate, a booked slot, ...). */
public class ConflictException extends ProblemException {

    public ConflictException(String slug, String detail) {
        super(HttpStatus.CONFLICT, slug, "Conflict", detail);
    }
}
