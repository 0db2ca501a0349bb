package io.ispflow.platform.web;

import io.ispflow.platform.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before anything reads the request, the input no handler could answer sensibly: a
 * {@code Content-Type} that does not parse, is a wildcard ({@code application/*}) or names a charset
 * this JVM cannot decode (415), and a NUL character in the query string (400: no text column can store
 * it). Without this, Spring MVC and the JDBC driver fail on them deep inside and answer 500 or a
 * misleading 409.
 */
public class RequestInputFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    public RequestInputFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> contentTypeProblem = contentTypeProblem(request.getContentType());
        if (contentTypeProblem.isPresent()) {
            Problems.write(
                    response,
                    json,
                    Problems.of(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "unsupported-media-type",
                            "Unsupported media type",
                            contentTypeProblem.get()));
            return;
        }
        String query = request.getQueryString();
        if (query != null
                && (query.indexOf('\0') >= 0 || query.toLowerCase(Locale.ROOT).contains("%00"))) {
            Problems.write(
                    response,
                    json,
                    Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "invalid-character",
                            "Invalid character",
                            "Query parameters must not contain the NUL character."));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * What is wrong with a request's {@code Content-Type}, if anything; absent means acceptable (the
     * handler still decides whether it supports that type).
     */
    public static Optional<String> contentTypeProblem(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException invalid) {
            return Optional.of("The Content-Type header is not a valid media type; send e.g. application/json.");
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return Optional.of(
                    "The Content-Type must name one media type, not a wildcard; send e.g. application/json.");
        }
        String charset = type.getParameter("charset");
        if (charset != null) {
            try {
                if (!Charset.isSupported(unquoted(charset))) {
                    return Optional.of("The charset of the Content-Type is not supported; send UTF-8.");
                }
            } catch (IllegalArgumentException illegal) {
                return Optional.of("The charset of the Content-Type is not a valid charset name; send UTF-8.");
            }
        }
        return Optional.empty();
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
