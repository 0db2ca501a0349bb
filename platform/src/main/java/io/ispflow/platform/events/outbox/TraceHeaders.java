package io.ispflow.platform.events.outbox;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The W3C Trace Context of the span that published an event, kept with the event in the outbox and
 * sent by the relay as the Kafka headers of the same names. The relay runs later, on its own thread,
 * with no span of its own: without these the consumers' spans would start new traces.
 *
 * @param traceparent the {@code traceparent} header ({@code 00-<trace id>-<span id>-<flags>}), or null
 * @param tracestate the vendors' {@code tracestate} header, or null
 */
public record TraceHeaders(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    public static final TraceHeaders NONE = new TraceHeaders(null, null);

    /**
     * The context of the current span (an HTTP request's, a consumed event's) as the configured
     * propagator writes it; {@link #NONE} outside a span or when tracing is off.
     */
    public static Supplier<TraceHeaders> current(Tracer tracer, Propagator propagator) {
        if (tracer == null || propagator == null) {
            return () -> NONE;
        }
        return () -> {
            TraceContext context = tracer.currentTraceContext().context();
            if (context == null) {
                return NONE;
            }
            Map<String, String> headers = new HashMap<>(4);
            propagator.inject(context, headers, Map::put);
            return new TraceHeaders(headers.get(TRACEPARENT), headers.get(TRACESTATE));
        };
    }
}
