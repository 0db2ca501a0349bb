package io.ispflow.platform.problem;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of every service as an RFC 9457 problem detail: validation with field errors,
 * unknown or malformed JSON, not found, conflict, stale version, and Spring MVC's own 4xx. Bad
 * input never gives a 5xx, and no response carries a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final DataSize maxFileSize;

    public ProblemDetailsAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /** Kept in line with {@code server.tomcat.max-part-header-size} in platform-defaults.yml. */
    private static final String MAX_PART_HEADER = "16 KB";

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException exception) {
        return ResponseEntity.status(exception.status()).body(exception.toProblemDetail());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException exception) {
        List<FieldProblem> errors = exception.getConstraintViolations().stream()
                .map(violation ->
                        new FieldProblem(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentUpdate(ObjectOptimisticLockingFailureException exception) {
        return problem(new StaleVersionException("Someone changed this record meanwhile; reload it and try again."));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrityViolation(DataIntegrityViolationException exception) {
        log.info(
                "Refused a write that violates a database constraint: {}",
                exception.getMostSpecificCause().getMessage());
        String sqlState = sqlState(exception);
        if (sqlState != null && sqlState.startsWith("22")) {
            // SQL "data exception": the value itself cannot be stored, whatever else is in the table
            return problem(new BadRequestException("invalid-value", dataExceptionDetail(sqlState)));
        }
        return problem(new ConflictException("constraint-violation", "The change conflicts with existing data."));
    }

    /** Too large is a 413 (below); anything else the parser refuses is the client's malformed body. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException exception) {
        log.info(
                "Refused an unreadable multipart body: {}",
                exception.getMostSpecificCause().getMessage());
        if (exception.getMostSpecificCause() instanceof InvalidFileNameException) {
            // Tomcat stops at a NUL in a file name: the same field error the upload handlers give other
            // control characters (every upload's part is named "file")
            return problem(
                    BadRequestException.invalidField("file", "the file name must not contain control characters"));
        }
        return problem(new BadRequestException(
                "malformed-multipart",
                "The multipart body could not be read: it needs a boundary in the Content-Type, complete parts "
                        + "and part headers of at most " + MAX_PART_HEADER + "."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException exception) {
        return problem(new ForbiddenException("forbidden", "Your roles do not allow this operation."));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException exception) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(Problems.unauthorized("A valid bearer token is required."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("Unexpected failure", exception);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged.");
        problem.setType(URI.create(ProblemException.TYPE_PREFIX + "internal"));
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(uploadTooLarge(exception).getBody());
    }

    /** Names the service's own file limit ({@code spring.servlet.multipart.max-file-size}). */
    private ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException exception) {
        String limit =
                maxFileSize.toMegabytes() > 0 ? maxFileSize.toMegabytes() + " MB" : maxFileSize.toKilobytes() + " KB";
        ProblemDetail problem = Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "Payload too large",
                "The file is larger than the " + limit + " allowed.");
        problem.setProperty("maxBytes", maxFileSize.toBytes());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messageOf(error)))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<FieldProblem> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "The request body is not valid JSON for this operation.";
        List<FieldProblem> errors = List.of();
        Throwable cause = exception.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            detail = "Unknown field '" + unknown.getPropertyName() + "'.";
            errors = List.of(new FieldProblem(JsonPaths.of(unknown), "is not a field of this request"));
        } else if (cause instanceof StreamReadException read
                && JsonPaths.duplicateProperty(read).isPresent()) {
            String property = JsonPaths.duplicateProperty(read).get();
            detail = "The field '" + property + "' appears more than once; send each field once.";
            errors = List.of(new FieldProblem(property, "appears more than once"));
        } else if (cause instanceof DatabindException databind
                && !JsonPaths.of(databind).isEmpty()) {
            String field = JsonPaths.of(databind);
            String message = JsonPaths.expectation(databind);
            detail = "Invalid value at '" + field + "': " + message + ".";
            errors = List.of(new FieldProblem(field, message));
        } else if (exception.getMessage() != null
                && exception.getMessage().startsWith("Required request body is missing")) {
            detail = "The request body is missing.";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create(ProblemException.TYPE_PREFIX + "malformed-body"));
        problem.setTitle("Malformed request body");
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail validationProblem(List<FieldProblem> errors) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setType(URI.create(ProblemException.TYPE_PREFIX + "validation"));
        problem.setTitle("Validation failed");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A value that did not convert says what it should be, not Spring's conversion message with class names. */
    private static String messageOf(FieldError error) {
        if (error.isBindingFailure() && error.contains(TypeMismatchException.class)) {
            return JsonPaths.expectation(
                    error.unwrap(TypeMismatchException.class).getRequiredType());
        }
        return error.isBindingFailure() ? "has an invalid value" : error.getDefaultMessage();
    }

    private static String sqlState(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String dataExceptionDetail(String sqlState) {
        return switch (sqlState) {
            case "22001" -> "A text is longer than this field allows.";
            case "22003" -> "A number is out of the range this field allows.";
            case "22021", "22P05" -> "A text contains a character that cannot be stored (such as NUL).";
            default -> "A value cannot be stored in this field.";
        };
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
