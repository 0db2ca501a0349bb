package io.ispflow.console.people;

import io.ispflow.console.ConsoleProperties;
import io.ispflow.console.security.ProviderRegistration;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * People by name: the API records users by their subject, which Keycloak makes a UUID, so every page asks this
 * directory for the name instead of showing the subject. It reads the identity provider's users API (Keycloak's
 * admin users API; the dev issuer answers the same shape) with the console's own client credentials, and keeps
 * what it learned for ten minutes.
 *
 * <p>Templates call it as {@code ${@people.name(subject)}}.
 */
@Component("people")
public class People {

    static final Duration KEEP = Duration.ofMinutes(10);
    static final Duration KEEP_UNKNOWN = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(People.class);

    private final RestClient directory;
    private final AuthorizedClientServiceOAuth2AuthorizedClientManager serviceClient;
    private final Map<String, Known> names = new ConcurrentHashMap<>();
    private final Clock clock;

    public People(ConsoleProperties properties, ClientRegistrationRepository registrations) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(3));
        this.directory = RestClient.builder()
                .baseUrl(properties.peopleUrl().toString())
                .requestFactory(requests)
                .build();
        // the console's own token (client credentials grant), for the directory only: never for the API
        this.serviceClient = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        this.serviceClient.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials()
                .build());
        this.clock = Clock.systemUTC();
    }

    /** The person's name; null for no subject; a neutral label, never the subject, for someone unknown. */
    public String name(Object subject) {
        if (subject == null || String.valueOf(subject).isBlank()) {
            return null;
        }
        String sub = String.valueOf(subject);
        Instant now = clock.instant();
        Known known = names.get(sub);
        if (known != null && known.until().isAfter(now)) {
            return known.name();
        }
        String name = lookUp(sub);
        names.put(sub, new Known(name, now.plus(name == null ? KEEP_UNKNOWN : KEEP)));
        return name;
    }

    /**
     * The people the directory lists (id and name, by name), for the assignee choices; empty when it cannot be read.
     * The API still decides who may be assigned.
     */
    public java.util.List<Person> all() {
        Instant now = clock.instant();
        Everyone known = everyone;
        if (known != null && known.until().isAfter(now)) {
            return known.people();
        }
        java.util.List<Person> people;
        try {
            java.util.List<Map<String, Object>> users = directory
                    .get()
                    .uri(uri -> uri.queryParam("max", 500).build())
                    .headers(h -> h.setBearerAuth(serviceToken()))
                    .retrieve()
                    .body(new ParameterizedTypeReference<>() {});
            people = users == null
                    ? java.util.List.of()
                    : users.stream()
                            .filter(u -> !Boolean.FALSE.equals(u.get("enabled")))
                            .filter(u -> u.get("id") != null && displayName(u) != null)
                            .filter(u -> !String.valueOf(u.get("username")).startsWith("service-account-"))
                            .map(u -> new Person(String.valueOf(u.get("id")), displayName(u)))
                            .sorted(java.util.Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
                            .toList();
        } catch (RestClientException | IllegalStateException e) {
            log.warn("the people directory cannot be listed: {}", e.toString());
            return known != null ? known.people() : java.util.List.of();
        }
        people.forEach(p -> names.put(p.id(), new Known(p.name(), now.plus(KEEP))));
        everyone = new Everyone(people, now.plus(Duration.ofMinutes(1)));
        return people;
    }

    /** Someone the console can name. */
    public record Person(String id, String name) {}

    private record Everyone(java.util.List<Person> people, Instant until) {}

    private volatile Everyone everyone;

    /** What the console learned from a user's own ID token at sign-in. */
    public void remember(String subject, String name) {
        if (subject != null && name != null && !name.isBlank()) {
            names.put(subject, new Known(name, clock.instant().plus(KEEP)));
        }
    }

    private String lookUp(String subject) {
        try {
            Map<String, Object> user = directory
                    .get()
                    .uri("/{id}", subject)
                    .headers(h -> h.setBearerAuth(serviceToken()))
                    .retrieve()
                    .body(new ParameterizedTypeReference<>() {});
            return user == null ? null : displayName(user);
        } catch (HttpClientErrorException.NotFound e) {
            return null;
        } catch (RestClientException | IllegalStateException e) {
            log.warn("the people directory cannot name {}: {}", subject, e.toString());
            return null;
        }
    }

    static String displayName(Map<String, Object> user) {
        String first = text(user.get("firstName"));
        String last = text(user.get("lastName"));
        String full = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        if (!full.isEmpty()) {
            return full;
        }
        String name = text(user.get("name"));
        return name != null ? name : text(user.get("username"));
    }

    private String serviceToken() {
        OAuth2AuthorizedClient client = serviceClient.authorize(
                OAuth2AuthorizeRequest.withClientRegistrationId(ProviderRegistration.DIRECTORY_REGISTRATION_ID)
                        .principal("ispflow-console")
                        .build());
        if (client == null) {
            throw new IllegalStateException("no token for the people directory");
        }
        return client.getAccessToken().getTokenValue();
    }

    private static String text(Object value) {
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
    }

    private record Known(String name, Instant until) {}
}
