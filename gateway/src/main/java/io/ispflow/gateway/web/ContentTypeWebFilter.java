package io.ispflow.gateway.web;

import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * 415 for a {@code Content-Type} that does not parse ({@code application/json, text/plain},
 * {@code application/;}) or is a wildcard ({@code application/*}): no service can read such a body, and
 * the filters after this one (the zone check reads JSON bodies) may rely on a well-formed type. The
 * services refuse the same, and an unsupported charset, themselves (platform's RequestInputFilter).
 */
@Component
public class ContentTypeWebFilter implements WebFilter, Ordered {

    /** After the body limit, before the zone check that reads JSON bodies. */
    public static final int ORDER = RequestBodyLimitWebFilter.ORDER + 5;

    private final Problems problems;

    public ContentTypeWebFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<String> problem =
                problemWith(exchange.getRequest().getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
        if (problem.isPresent()) {
            return problems.write(
                    exchange,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "Unsupported media type",
                    problem.get());
        }
        return chain.filter(exchange);
    }

    static Optional<String> problemWith(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            MediaType type = MediaType.parseMediaType(header);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return Optional.of(
                        "The Content-Type must name one media type, not a wildcard; send e.g. application/json.");
            }
            return Optional.empty();
        } catch (InvalidMediaTypeException invalid) {
            return Optional.of("The Content-Type header is not a valid media type; send e.g. application/json.");
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
