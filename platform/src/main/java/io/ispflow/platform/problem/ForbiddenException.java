package io.ispflow.platform.problem;

import org.springframework.http.HttpStatus;

/** 403: the caller is known but may not do this (for example place a record in a zone they do not hold). */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String slug, String detail) {
        super(HttpStatus.FORBIDDEN, slug, "Forbidden", detail);
    }
}
