package io.ispflow.lead.erasure;

import io.ispflow.platform.problem.ServiceUnavailableException;
import io.ispflow.platform.web.CorrelationIdFilter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The other services that keep personal data of a lead, asked for what they hold
 * ({@code GET /api/{tickets,orders,contracts}/personal-data/{leadId}}, ADMIN only). Each call carries
 * the administrator's own token, so those services apply their own rules. A service that cannot answer
 * makes the whole answer a 503 naming it: an access export or an erasure check that silently missed a
 * service would tell the person something untrue.
 */
@Component
class PeerServices {

    private static final Logger log = LoggerFactory.getLogger(PeerServices.class);
    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {};

    /** Where each service is, and how long to wait for it. */
    @ConfigurationProperties("ispflow.lead.peers")
    record Settings(
            String salesDeskUrl, String orderUrl, String contractUrl, Duration connectTimeout, Duration readTimeout) {
        Settings {
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        }
    }

    /** One service's answer: its name and the document it returned. */
    record PeerDocument(String service, Map<String, Object> data) {}

    private record Peer(String service, String baseUrl, String path) {}

    private final List<Peer> peers;
    private final Peer contracts;
    private final RestClient http;
    private final JsonMapper json;

    PeerServices(Settings settings) {
        this.peers = List.of(
                new Peer("sales-desk-service", settings.salesDeskUrl(), "/api/tickets/personal-data/"),
                new Peer("order-service", settings.orderUrl(), "/api/orders/personal-data/"),
                new Peer("contract-service", settings.contractUrl(), "/api/contracts/personal-data/"));
        this.contracts = peers.get(2);
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(settings.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
        this.json = JsonMapper.builder().build();
    }

    /** What every other service holds about the lead, in a fixed order. */
    List<PeerDocument> personalData(UUID leadId) {
        List<PeerDocument> documents = new ArrayList<>();
        for (Peer peer : peers) {
            documents.add(new PeerDocument(peer.service(), fetch(peer, leadId)));
        }
        return documents;
    }

    /**
     * The lead's contracts that are in force (ACTIVE, SUSPENDED or REACTIVATED), as the contract service
     * sees them now.
     */
    List<ContractInForce> contractsInForce(UUID leadId) {
        Object listed = fetch(contracts, leadId).get("contracts");
        List<ContractInForce> inForce = new ArrayList<>();
        if (listed instanceof List<?> all) {
            for (Object item : all) {
                if (item instanceof Map<?, ?> contract
                        && ContractInForce.STATUSES.contains(String.valueOf(contract.get("status")))) {
                    inForce.add(new ContractInForce(
                            String.valueOf(contract.get("id")),
                            String.valueOf(contract.get("number")),
                            String.valueOf(contract.get("status"))));
                }
            }
        }
        return inForce;
    }

    private Map<String, Object> fetch(Peer peer, UUID leadId) {
        String url = peer.baseUrl() + peer.path() + leadId;
        try {
            return http.get()
                    .uri(url)
                    .accept(MediaType.APPLICATION_JSON)
                    .headers(PeerServices::forwardCaller)
                    .exchange((request, response) -> {
                        byte[] body = response.getBody().readAllBytes();
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw unavailable(
                                    peer, "answered " + response.getStatusCode().value(), null);
                        }
                        try {
                            return new LinkedHashMap<>(json.readValue(body, DOCUMENT));
                        } catch (JacksonException unreadable) {
                            throw unavailable(peer, "gave an unreadable answer", unreadable);
                        }
                    });
        } catch (RestClientException unreachable) {
            throw unavailable(peer, "cannot be reached", unreachable);
        }
    }

    private static ServiceUnavailableException unavailable(Peer peer, String what, Exception cause) {
        log.warn("{} {} for a personal data request", peer.service(), what, cause);
        return new ServiceUnavailableException(
                peer.service(),
                "The " + peer.service() + " " + what + ", so what it holds about the person cannot be confirmed."
                        + " Nothing was changed; try again shortly.");
    }

    /** The administrator's own token (the other service applies the same roles) and the correlation id. */
    private static void forwardCaller(HttpHeaders headers) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            headers.setBearerAuth(jwt.getTokenValue());
        }
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            headers.set(CorrelationIdFilter.HEADER, correlationId);
        }
    }

    /** A contract that the law requires to keep the customer's identity for. */
    record ContractInForce(String id, String number, String status) {
        static final List<String> STATUSES = List.of("ACTIVE", "SUSPENDED", "REACTIVATED");
    }
}
