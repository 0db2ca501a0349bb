package io.ispflow.platform.idempotency;

import io.ispflow.platform.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency-Key on POST requests: the same key and body return the first response; the same key
 * with another body is a 422. The key row is inserted in the same database transaction as the
 * request's own writes, so a request either commits its effect together with its stored response or
 * leaves nothing at all; a concurrent duplicate waits on the key row and then replays the result.
 * Only successful responses are stored: a failed request can be retried with the same key.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final IdempotencyStore store;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    public IdempotencyKeyFilter(IdempotencyStore store, TransactionTemplate transactions, JsonMapper json) {
        this.store = store;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * File uploads are left alone: their bodies are large and must reach the multipart parser
     * unread. Uploads are made idempotent by their own resources (e.g. the same photo twice).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || (request.getContentType() != null
                        && request.getContentType()
                                .toLowerCase(java.util.Locale.ROOT)
                                .startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!SANE_KEY.matcher(key).matches()) {
            writeProblem(
                    response,
                    Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "invalid-idempotency-key",
                            "Invalid Idempotency-Key",
                            "The Idempotency-Key must be 1 to 200 visible ASCII characters."));
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response); // security answers 401 itself
            return;
        }
        CachedBodyRequest cachedRequest = new CachedBodyRequest(request);
        String requestHash = hash(request.getMethod(), request.getRequestURI(), cachedRequest.body());
        IdempotencyStore.Scope scope = new IdempotencyStore.Scope(authentication.getName(), key);
        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);

        Optional<StoredResponse> earlier;
        try {
            earlier = transactions.execute(status -> {
                if (!store.claim(scope, requestHash, request.getMethod(), request.getRequestURI())) {
                    return Optional.of(store.find(scope)
                            .orElseThrow(() -> new IllegalStateException("Idempotency key vanished: " + key)));
                }
                try {
                    chain.doFilter(cachedRequest, cachedResponse);
                } catch (IOException | ServletException exception) {
                    throw new FilterChainFailure(exception);
                }
                int httpStatus = cachedResponse.getStatus();
                if (httpStatus >= 200 && httpStatus < 300) {
                    store.complete(
                            scope,
                            new StoredResponse(
                                    requestHash,
                                    httpStatus,
                                    cachedResponse.getContentType(),
                                    cachedResponse.getHeader(HttpHeaders.LOCATION),
                                    cachedResponse.getHeader(HttpHeaders.ETAG),
                                    cachedResponse.getContentAsByteArray()));
                } else {
                    // nothing of a failed request is kept, the key included, so the client may retry it
                    status.setRollbackOnly();
                }
                return Optional.<StoredResponse>empty();
            });
        } catch (FilterChainFailure failure) {
            Throwable cause = failure.getCause();
            if (cause instanceof ServletException servletException) {
                throw servletException;
            }
            throw (IOException) cause;
        }

        if (earlier.isEmpty()) {
            cachedResponse.copyBodyToResponse();
            return;
        }
        StoredResponse first = earlier.get();
        if (!first.requestHash().equals(requestHash)) {
            writeProblem(
                    response,
                    Problems.of(
                            HttpStatus.UNPROCESSABLE_ENTITY,
                            "idempotency-key-reused",
                            "Idempotency-Key reused",
                            "This Idempotency-Key was already used with a different request."));
            return;
        }
        replay(first, response);
    }

    private static void replay(StoredResponse first, HttpServletResponse response) throws IOException {
        response.setStatus(first.status());
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        if (first.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, first.etag());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(first.body().length);
        StreamUtils.copy(first.body(), response.getOutputStream());
    }

    private void writeProblem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Problems.write(response, json, problem);
    }

    static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Carries a checked exception of the filter chain out of the transaction callback. */
    private static final class FilterChainFailure extends RuntimeException {
        FilterChainFailure(Exception cause) {
            super(cause);
        }
    }
}
