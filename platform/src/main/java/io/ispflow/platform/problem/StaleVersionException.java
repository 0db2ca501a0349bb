package io.ispflow.platform.problem;

import org.springframework.http.HttpStatus;

/** 412: the If-Match version is not the current one; the client must reload before changing. */
public class StaleVersionException extends ProblemException {

    public StaleVersionException(String detail) {
        super(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version", detail);
    }
}
