package io.ispflow.console.api;

import io.ispflow.console.ConsoleProperties;
import io.ispflow.console.security.ProviderRegistration;
import io.ispflow.console.web.CorrelationId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's only way to the services: the gateway's /api, with the signed-in user's own access token (so
 * roles and zones hold exactly as for any other client; the console never decides what a user may see). Problem
 * details come back as {@link ApiProblem}; a token that can no longer be refreshed ends the session.
 */
@Component
public class Gateway {

    private final RestClient rest;
    private final OAuth2AuthorizedClientManager clients;
    private final JsonMapper json;

    public Gateway(ConsoleProperties properties, OAuth2AuthorizedClientManager clients, JsonMapper json) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.rest = RestClient.builder()
                .baseUrl(properties.gatewayUrl().toString())
                .requestFactory(requests)
                .build();
        this.clients = clients;
        // amounts stay exact decimals on their way to the page (Money formats them)
        this.json = json.rebuild()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    public ApiResponse get(String uri, Object... variables) {
        return call(HttpMethod.GET, uri, null, null, variables);
    }

    public ApiResponse get(URI uri) {
        return call(HttpMethod.GET, uri.toString(), null, null);
    }

    public ApiResponse post(String uri, Object body, Object... variables) {
        return call(HttpMethod.POST, uri, body, null, variables);
    }

    /** A POST with an Idempotency-Key: a retry with the same key returns the first result. */
    public ApiResponse postOnce(String uri, Object body, String idempotencyKey, Object... variables) {
        return call(HttpMethod.POST, uri, body, h -> h.set("Idempotency-Key", idempotencyKey), variables);
    }

    /** A change guarded by the version the user saw (412 when someone changed it since). */
    public ApiResponse put(String uri, Object body, String version, Object... variables) {
        return call(HttpMethod.PUT, uri, body, ifMatch(version), variables);
    }

    /** A POST guarded by the version the user saw (ticket actions). */
    public ApiResponse postIfMatch(String uri, Object body, String version, Object... variables) {
        return call(HttpMethod.POST, uri, body, ifMatch(version), variables);
    }

    /** A DELETE guarded by the version the user saw (taking a visit off the calendar). */
    public ApiResponse deleteIfMatch(String uri, String version, Object... variables) {
        return call(HttpMethod.DELETE, uri, null, ifMatch(version), variables);
    }

    public ApiResponse delete(String uri, Object... variables) {
        return call(HttpMethod.DELETE, uri, null, null, variables);
    }

    /** A multipart upload (the lead import). */
    public ApiResponse upload(String uri, Object multipartBody) {
        return call(HttpMethod.POST, uri, multipartBody, h -> h.setContentType(MediaType.MULTIPART_FORM_DATA));
    }

    /** Streams a download (the export) to the browser as it arrives, with the API's content type and file name. */
    public void download(URI uri, HttpServletResponse browser) {
        String correlationId = CorrelationId.current();
        try {
            rest.get().uri(uri).headers(h -> authorize(h, correlationId)).exchange((request, response) -> {
                if (response.getStatusCode().isError()) {
                    throw problem(response.getStatusCode().value(), response.getBody(), correlationId, uri);
                }
                HttpHeaders headers = response.getHeaders();
                browser.setStatus(200);
                browser.setContentType(String.valueOf(headers.getContentType()));
                String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
                if (disposition != null) {
                    browser.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
                }
                try (InputStream in = response.getBody();
                        OutputStream out = browser.getOutputStream()) {
                    in.transferTo(out);
                }
                return null;
            });
        } catch (ResourceAccessException e) {
            throw ApiProblem.unreachable(correlationId, Parts.of(uri.getPath()));
        }
    }

    private ApiResponse call(
            HttpMethod method, String uri, Object body, Consumer<HttpHeaders> extraHeaders, Object... variables) {
        String correlationId = CorrelationId.current();
        // a path with its query already encoded, or a template ({id}) whose variables are encoded here
        URI target = variables.length == 0 ? URI.create(uri) : URI.create(expand(uri, variables));
        try {
            RestClient.RequestBodySpec request = rest.method(method).uri(target).headers(h -> {
                authorize(h, correlationId);
                h.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
                if (extraHeaders != null) {
                    extraHeaders.accept(h);
                }
            });
            if (body != null) {
                request = request.body(body);
                if (!(body instanceof org.springframework.util.MultiValueMap<?, ?>)) {
                    request = request.contentType(MediaType.APPLICATION_JSON);
                }
            }
            return request.exchange((req, response) -> {
                int status = response.getStatusCode().value();
                if (status == 401) {
                    throw new SessionEnded(null);
                }
                if (response.getStatusCode().isError()) {
                    throw problem(status, response.getBody(), correlationId, target);
                }
                byte[] bytes = response.getBody().readAllBytes();
                Object parsed = bytes.length == 0 ? null : json.readValue(bytes, Object.class);
                HttpHeaders headers = response.getHeaders();
                return new ApiResponse(status, parsed, headers.getETag(), headers.getFirst(HttpHeaders.LOCATION));
            });
        } catch (ResourceAccessException e) {
            throw ApiProblem.unreachable(correlationId, Parts.of(target.getPath()));
        }
    }

    private ApiProblem problem(int status, InputStream body, String correlationId, URI uri) throws IOException {
        byte[] bytes = body.readAllBytes();
        Map<String, Object> problem;
        try {
            problem = bytes.length == 0
                    ? Map.of()
                    : json.readValue(bytes, new tools.jackson.core.type.TypeReference<>() {});
        } catch (RuntimeException notJson) {
            problem = Map.of("title", "HTTP " + status);
        }
        return new ApiProblem(status, problem, correlationId, Parts.of(uri.getPath()));
    }

    private void authorize(HttpHeaders headers, String correlationId) {
        headers.setBearerAuth(accessToken());
        if (correlationId != null) {
            headers.set(CorrelationId.HEADER, correlationId);
        }
    }

    /** The user's access token, refreshed when it has expired; a failed refresh ends the session. */
    private String accessToken() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
        if (user == null || attributes == null) {
            throw new SessionEnded(null);
        }
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(
                        ProviderRegistration.REGISTRATION_ID)
                .principal(user)
                .attribute(HttpServletRequest.class.getName(), attributes.getRequest())
                .attribute(HttpServletResponse.class.getName(), attributes.getResponse())
                .build();
        OAuth2AuthorizedClient client;
        try {
            client = clients.authorize(request);
        } catch (ClientAuthorizationException e) {
            throw new SessionEnded(e);
        }
        if (client == null) {
            throw new SessionEnded(null);
        }
        return client.getAccessToken().getTokenValue();
    }

    /** If-Match with the version the user saw; nothing when there is none. */
    private static Consumer<HttpHeaders> ifMatch(String version) {
        return h -> {
            if (version != null && !version.isBlank()) {
                h.setIfMatch("\"" + version + "\"");
            }
        };
    }

    private static String expand(String template, Object... variables) {
        return org.springframework.web.util.UriComponentsBuilder.fromUriString(template)
                .buildAndExpand(variables)
                .encode()
                .toUriString();
    }
}
