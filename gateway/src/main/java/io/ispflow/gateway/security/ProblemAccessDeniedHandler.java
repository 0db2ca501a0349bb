package io.ispflow.gateway.security;

import io.ispflow.gateway.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** An authenticated caller who may not do this: 403 as a problem detail. */
@Component
public class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final Problems problems;

    public ProblemAccessDeniedHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(
                exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You are not allowed to do this.");
    }
}
