package io.ispflow.order.web;

import io.ispflow.platform.problem.BadRequestException;
import io.ispflow.platform.problem.Problems;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
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
 * limit (ahead of the platform's generic handling, which would answer without the problem type), and a
 * file name Tomcat refuses to parse (a NUL in it) is the same 400 on the part {@code file} as the other
 * control characters the photo upload refuses, rather than an unreadable multipart body.
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

    /** Matched as the cause of Spring's MultipartException: Tomcat stops parsing at a NUL in a file name. */
    @ExceptionHandler(InvalidFileNameException.class)
    ResponseEntity<ProblemDetail> invalidFileName(InvalidFileNameException exception) {
        ProblemDetail problem = BadRequestException.invalidField(
                        "file", "the file name must not contain control characters")
                .toProblemDetail();
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
