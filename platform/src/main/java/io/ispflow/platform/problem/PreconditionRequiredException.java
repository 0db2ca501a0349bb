package io.ispflow.platform.problem;

import org.springframework.http.HttpStatus;

/** 428: an update without If-Match could overwrite someone else's change, so it is refused. */
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException() {
        super(
                HttpStatus.PRECONDITION_REQUIRED,
                "if-match-required",
                "If-Match required",
                "Send the resource's ETag in an If-Match header to change it.");
    }
}
