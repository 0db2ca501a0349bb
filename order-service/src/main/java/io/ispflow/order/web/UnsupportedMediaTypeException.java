package io.ispflow.order.web;

import io.ispflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** 415: the uploaded file is not of a type this endpoint stores. */
public class UnsupportedMediaTypeException extends ProblemException {

    public UnsupportedMediaTypeException(String detail) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type", detail);
    }
}
