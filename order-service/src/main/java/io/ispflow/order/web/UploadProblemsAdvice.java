package io.ispflow.order.web;

import io.ispflow.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload beyond {@code spring.servlet.multipart.max-file-size} is a 413 problem detail naming the
 * limit (ahead of the platform's generic handling, which would answer without the problem type).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblemsAdvice {

    private final DataSize maxFileSize;

    UploadProblemsAdvice(
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:1MB}")
                    DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException exception) {
        ProblemDetail problem = Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "Payload too large",
                "The file is larger than the " + maxFileSize.toMegabytes() + " MB allowed.");
        problem.setProperty("maxBytes", maxFileSize.toBytes());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
