package io.ispflow.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error that reaches the top of the gateway (no route, method not allowed, a failure in a filter)
 * becomes a problem detail instead of Boot's JSON or HTML error page. Runs before Boot's handler.
 */
@Component
@Order(-2)
public class ProblemErrorWebExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

    private final Problems problems;

    public ProblemErrorWebExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        exchange.getResponse().getHeaders().clearContentHeaders();
        if (ex instanceof ResponseStatusException rse) {
            HttpStatusCode status = rse.getStatusCode();
            exchange.getResponse().getHeaders().addAll(rse.getHeaders());
            String title = status instanceof HttpStatus known ? known.getReasonPhrase() : "Error";
            String detail = rse.getReason() != null ? rse.getReason() : title;
            Mono<Void> answer = problems.write(exchange, status, slug(status), title, detail);
            if (!status.is5xxServerError()) {
                return answer;
            }
            return RequestLogContext.log(
                    () -> log.warn(
                            "{} {} failed [correlationId={}]: {}",
                            method(exchange),
                            path(exchange),
                            id(exchange),
                            ex.toString()),
                    answer);
        }
        if (ex instanceof AuthenticationServiceException) {
            // the token could not be checked at all (key set unreachable): not the client's fault
            return RequestLogContext.log(
                    () -> log.warn("Token verification failed [correlationId={}]: {}", id(exchange), ex.toString()),
                    problems.write(
                            exchange,
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "token-verification-unavailable",
                            "Token verification is unavailable",
                            "The gateway could not verify the token right now; try again shortly."));
        }
        return RequestLogContext.log(
                () -> log.error("{} {} failed [correlationId={}]", method(exchange), path(exchange), id(exchange), ex),
                problems.write(
                        exchange,
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal",
                        "Internal error",
                        "The gateway failed to handle the request; correlation id " + id(exchange) + "."));
    }

    private static String slug(HttpStatusCode status) {
        if (status instanceof HttpStatus known) {
            return known.name().toLowerCase().replace('_', '-');
        }
        return "http-" + status.value();
    }

    private static String method(ServerWebExchange exchange) {
        return exchange.getRequest().getMethod().name();
    }

    private static String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }

    private static String id(ServerWebExchange exchange) {
        return CorrelationIdWebFilter.of(exchange);
    }
}
