package io.ispflow.gateway.security;

import io.ispflow.gateway.web.ContentTypeWebFilter;
import io.ispflow.gateway.web.Problems;
import io.ispflow.gateway.web.RequestBodyLimitWebFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses (403 {@code zone-not-held}) a request that names a zone outside the caller's {@code zones}
 * claim before it reaches a service: the {@code zone} query parameter (repeated or comma-separated), a
 * path segment after {@code /zones/}, or any JSON property {@code zone} at any depth of a POST/PUT/PATCH
 * body. Callers without zones (managers, admins) pass. Catalog reads are reference data everyone may
 * read, so they are exempt. The services check zones again; this only stops the request at the door.
 *
 * <p>A JSON body is read once, bounded by the request's size limit, and handed downstream unchanged. A
 * body this filter cannot read is refused (400) rather than passed on unchecked: malformed JSON, and a
 * property named twice ({@code {"zone":"SUR","zone":"NORTE"}}), which parsers may resolve differently.
 */
@Component
public class ZoneClaimWebFilter implements WebFilter, Ordered {

    public static final int ORDER = ContentTypeWebFilter.ORDER + 5;

    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final Problems problems;
    /** Refuses a property named twice, which two parsers may resolve differently. */
    private final ObjectReader strictReader;

    public ZoneClaimWebFilter(Problems problems, JsonMapper jsonMapper) {
        this.problems = problems;
        this.strictReader = jsonMapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!request.getPath().value().startsWith("/api/") || isCatalogRead(request)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> heldZones((JwtAuthenticationToken) principal))
                .filter(held -> !held.isEmpty())
                .flatMap(held -> check(exchange, chain, held).then(Mono.just(true)))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange)).then(Mono.just(true)))
                .then();
    }

    private Mono<Void> check(ServerWebExchange exchange, WebFilterChain chain, Set<String> held) {
        ServerHttpRequest request = exchange.getRequest();
        Optional<String> named = zonesInQueryAndPath(request).stream()
                .filter(zone -> !held.contains(normal(zone)))
                .findFirst();
        if (named.isPresent()) {
            return refuse(exchange, named.get());
        }
        if (!hasJsonBody(request)) {
            return chain.filter(exchange);
        }
        long limit = exchange.getAttributeOrDefault(RequestBodyLimitWebFilter.LIMIT_ATTRIBUTE, Long.MAX_VALUE);
        int maxBytes = (int) Math.min(Integer.MAX_VALUE, limit);
        return DataBufferUtils.join(request.getBody(), maxBytes)
                .map(ZoneClaimWebFilter::bytesOf)
                .defaultIfEmpty(new byte[0])
                .onErrorMap(
                        DataBufferLimitException.class,
                        e -> new ResponseStatusException(
                                HttpStatus.PAYLOAD_TOO_LARGE,
                                "The request body is larger than the " + limit + " bytes allowed on this path."))
                .flatMap(body -> {
                    Optional<List<String>> zones = zonesInJson(body);
                    if (zones.isEmpty()) {
                        return problems.write(
                                exchange,
                                HttpStatus.BAD_REQUEST,
                                "malformed-body",
                                "Malformed request body",
                                "The request body is not valid JSON, or names a field twice; send each field once.");
                    }
                    Optional<String> inBody = zones.get().stream()
                            .filter(zone -> !held.contains(normal(zone)))
                            .findFirst();
                    if (inBody.isPresent()) {
                        return refuse(exchange, inBody.get());
                    }
                    return chain.filter(
                            exchange.mutate().request(withBody(request, body)).build());
                });
    }

    private static boolean isCatalogRead(ServerHttpRequest request) {
        return request.getPath().value().startsWith("/api/catalog/")
                && (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()));
    }

    private static boolean hasJsonBody(ServerHttpRequest request) {
        if (!BODY_METHODS.contains(request.getMethod())) {
            return false;
        }
        MediaType type = request.getHeaders().getContentType();
        // application/json, application/merge-patch+json, application/*+json
        return type != null
                && "application".equals(type.getType())
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** The zones named by the {@code zone} query parameter and by path segments after {@code zones}. */
    static List<String> zonesInQueryAndPath(ServerHttpRequest request) {
        List<String> zones = new ArrayList<>();
        request.getQueryParams().getOrDefault("zone", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .forEach(zones::add);
        List<String> segments = Arrays.stream(request.getPath().value().split("/"))
                .filter(segment -> !segment.isEmpty())
                .toList();
        for (int i = 0; i + 1 < segments.size(); i++) {
            if ("zones".equals(segments.get(i))) {
                zones.add(segments.get(i + 1));
            }
        }
        return zones;
    }

    /**
     * Every string value of a property named {@code zone}, at any depth; empty when the body is not
     * JSON this filter can trust (malformed, or a property twice in one object).
     */
    Optional<List<String>> zonesInJson(byte[] body) {
        if (body.length == 0) {
            return Optional.of(List.of());
        }
        JsonNode root;
        try {
            root = strictReader.readTree(body);
        } catch (JacksonException malformed) {
            return Optional.empty();
        }
        List<String> zones = new ArrayList<>();
        collectZones(root, zones);
        return Optional.of(zones);
    }

    private static void collectZones(JsonNode node, List<String> zones) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(property -> {
                if ("zone".equals(property.getKey()) && property.getValue().isString()) {
                    zones.add(property.getValue().asString());
                }
                collectZones(property.getValue(), zones);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectZones(element, zones));
        }
    }

    /** The {@code zones} claim as upper-case codes; a list, or one string separated by commas or spaces. */
    static Set<String> heldZones(JwtAuthenticationToken token) {
        Object claim = token.getToken().getClaims().get("zones");
        Collection<?> values;
        if (claim instanceof Collection<?> collection) {
            values = collection;
        } else if (claim instanceof String text) {
            values = Arrays.asList(text.split("[,\\s]+"));
        } else {
            values = List.of();
        }
        return values.stream()
                .filter(value -> value != null && !value.toString().isBlank())
                .map(value -> normal(value.toString()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String normal(String zone) {
        return zone.trim().toUpperCase(Locale.ROOT);
    }

    private Mono<Void> refuse(ServerWebExchange exchange, String zone) {
        return problems.write(
                exchange,
                HttpStatus.FORBIDDEN,
                "zone-not-held",
                "Zone not held",
                "The request names zone " + printable(zone) + ", which is not one of your zones.");
    }

    private static String printable(String zone) {
        String safe = zone.replaceAll("[^\\p{Alnum}_-]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "..." : safe;
    }

    private static byte[] bytesOf(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    /** The request with the already-read body replayed; Content-Length made exact for chunked input. */
    private static ServerHttpRequest withBody(ServerHttpRequest request, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(request.getHeaders());
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentLength(body.length);
        return new ServerHttpRequestDecorator(request) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
            }
        };
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
