package io.ispflow.gateway.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 413 for a request body over the limit of its path ({@link BodyLimitProperties}): decided up front from
 * {@code Content-Length} when the client sends one, otherwise (chunked) by counting the bytes as they
 * stream and failing the request as soon as the limit is passed, without buffering the body.
 */
@Component
public class RequestBodyLimitWebFilter implements WebFilter, Ordered {

    /** After authentication and the rate limit, before the zone check that reads JSON bodies. */
    public static final int ORDER = -50;

    /** Exchange attribute with the limit (bytes) that applies to this request, for later filters. */
    public static final String LIMIT_ATTRIBUTE = RequestBodyLimitWebFilter.class.getName() + ".limit";

    private final BodyLimitProperties properties;
    private final List<PathPattern> uploadPaths;
    private final Problems problems;

    public RequestBodyLimitWebFilter(BodyLimitProperties properties, Problems problems) {
        this.properties = properties;
        this.problems = problems;
        this.uploadPaths = properties.uploadPaths().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long limit = limitFor(exchange.getRequest());
        exchange.getAttributes().put(LIMIT_ATTRIBUTE, limit);
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        if (declared >= 0) {
            // Netty never reads more than Content-Length bytes
            return chain.filter(exchange);
        }
        ServerHttpRequest counting = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().doOnNext(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        throw tooLargeException(limit);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counting).build());
    }

    long limitFor(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        boolean upload = uploadPaths.stream().anyMatch(pattern -> pattern.matches(path));
        return (upload ? properties.maxUploadSize() : properties.maxSize()).toBytes();
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        return problems.write(
                exchange, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large", detail(limit));
    }

    static ResponseStatusException tooLargeException(long limit) {
        return new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, detail(limit));
    }

    private static String detail(long limit) {
        return "The request body is larger than the " + limit + " bytes allowed on this path.";
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
