package io.ispflow.gateway.security;

import io.ispflow.gateway.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A request without a usable token: 401 with an RFC 6750 {@code WWW-Authenticate: Bearer} challenge
 * and a problem detail body (never a login page or an HTML error).
 */
@Component
public class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final Problems problems;

    public ProblemAuthenticationEntryPoint(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        HttpStatus status = HttpStatus.UNAUTHORIZED;
        String challenge = "Bearer";
        String detail = "A valid bearer token is required.";
        if (ex instanceof OAuth2AuthenticationException oauth2 && oauth2.getError() instanceof BearerTokenError error) {
            status = error.getHttpStatus();
            challenge = challenge(error);
            detail = "The bearer token was rejected"
                    + (StringUtils.hasText(error.getDescription()) ? ": " + error.getDescription() : ".");
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        String slug = status == HttpStatus.UNAUTHORIZED ? "unauthorized" : "invalid-token-request";
        return problems.write(exchange, status, slug, status.getReasonPhrase(), detail);
    }

    static String challenge(BearerTokenError error) {
        StringBuilder challenge = new StringBuilder("Bearer error=\"")
                .append(error.getErrorCode())
                .append('"');
        if (StringUtils.hasText(error.getDescription())) {
            challenge
                    .append(", error_description=\"")
                    .append(quoted(error.getDescription()))
                    .append('"');
        }
        if (StringUtils.hasText(error.getUri())) {
            challenge.append(", error_uri=\"").append(quoted(error.getUri())).append('"');
        }
        return challenge.toString();
    }

    /** Header-safe quoted-string content: printable ASCII without quotes or backslashes. */
    private static String quoted(String value) {
        return value.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "'");
    }
}
