package io.ispflow.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure the client can act on, answered as an RFC 9457 problem detail. Subclasses name the usual
 * cases; {@code slug} becomes the problem {@code type} ({@code urn:problem:ispflow:<slug>}).
 */
public class ProblemException extends RuntimeException {

    public static final String TYPE_PREFIX = "urn:problem:ispflow:";

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    /** Adds a member to the problem detail (for example the id of the conflicting record). */
    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }
}
