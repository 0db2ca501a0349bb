package io.ispflow.gateway.web;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import reactor.core.publisher.Mono;

/**
 * Writes a log line with the request's correlation id, trace id and span id in the MDC. WebFlux has no
 * request thread: those values travel in the Reactor context. Restoring them into thread locals around
 * every operator of every request ({@code spring.reactor.context-propagation: auto}) cost the gateway about
 * a seventh of its CPU per proxied request; the gateway logs only when something fails, so it restores
 * them here, for the one line, instead (ADR 0014).
 */
public final class RequestLogContext {

    private static final ContextSnapshotFactory SNAPSHOTS =
            ContextSnapshotFactory.builder().build();

    private RequestLogContext() {}

    /** Runs {@code logLine} with the request's MDC, then goes on with {@code then}. */
    public static <T> Mono<T> log(Runnable logLine, Mono<T> then) {
        return Mono.deferContextual(context -> {
            try (ContextSnapshot.Scope scope = SNAPSHOTS.setThreadLocalsFrom(context)) {
                logLine.run();
            }
            return then;
        });
    }
}
