package io.ispflow.gateway.security;

import io.ispflow.gateway.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses paths a client should never send (an encoded slash or NUL, {@code ..},
 * an empty segment, {@code //}): a 400 problem detail instead of an empty 400, like every other refusal.
 */
@Component
public class ProblemExchangeRejectedHandler implements ServerExchangeRejectedHandler {

    private final Problems problems;

    public ProblemExchangeRejectedHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return problems.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                "invalid-path",
                "Invalid path",
                "The path has a character or segment that is not allowed (an encoded slash or NUL, '..', or an empty"
                        + " segment).");
    }
}
