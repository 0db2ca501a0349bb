package io.ispflow.platform.problem;

import org.springframework.http.HttpStatus;

/** 404: the record does not exist or is outside the caller's zones (the two look the same). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, Object id) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " " + id + " was not found.");
    }
}
