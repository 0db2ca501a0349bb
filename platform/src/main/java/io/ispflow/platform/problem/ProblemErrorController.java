package io.ispflow.platform.problem;

import io.ispflow.platform.web.CorrelationIdFilter;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}, for failures outside any controller: a filter, the
 * container itself) as a problem detail too, instead of Boot's own JSON; a 5xx names the correlation id
 * and is logged with the cause.
 */
@Hidden // the container's, not an operation of the API
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping(
            path = "/error",
            produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem;
        if (status.is5xxServerError()) {
            Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error(
                    "Unexpected failure outside a controller: {} {}",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    cause instanceof Throwable failure ? failure.toString() : "",
                    cause instanceof Throwable failure ? failure : null);
            problem = Problems.of(
                    status, "internal", "Internal error", "An unexpected error occurred; it has been logged.");
            // the MDC is cleared by now: the gateway's id is on the request
            String correlationId = request.getHeader(CorrelationIdFilter.HEADER);
            if (correlationId != null) {
                problem.setProperty("correlationId", correlationId);
            }
        } else {
            problem = Problems.of(
                    status, "http-" + status.value(), status.getReasonPhrase(), status.getReasonPhrase() + ".");
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
