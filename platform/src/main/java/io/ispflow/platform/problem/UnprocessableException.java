package io.ispflow.platform.problem;

import org.springframework.http.HttpStatus;

/** 422: well-formed but not processable as sent (for example an Idempotency-Key reused with another body). */
public class UnprocessableException extends ProblemException {

    public UnprocessableException(String slug, String detail) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, slug, "Unprocessable request", detail);
    }
}
