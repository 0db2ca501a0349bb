package io.ispflow.platform.problem;

import org.springframework.http.HttpStatus;

/** 503: a dependency the caller waits on is down; nothing was stored, the request can be retried. */
public class ServiceUnavailableException extends ProblemException {

    public ServiceUnavailableException(String dependency, String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable", dependency + " is unavailable", detail);
    }
}
