package io.ispflow.console.security;

import io.ispflow.console.ConsoleProperties;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The console's one client registration, built from the provider's discovery document when it is first needed,
 * so the console starts (and answers its health probes) while the identity provider is still starting.
 *
 * <p>The document is read at the back-channel address ({@code provider-uri}) while its issuer must be the
 * configured {@code issuer-uri}: with Keycloak in a container the browser and the console reach it by different
 * names, and Keycloak's dynamic back channel answers with the public authorization endpoint and internal token,
 * key and user-info endpoints. Spring's own discovery insists on one address for both.
 */
public final class ProviderRegistration implements ClientRegistrationRepository {

    public static final String REGISTRATION_ID = "ispflow";

    /** The same client with its own credentials (client credentials grant), for the people directory only. */
    public static final String DIRECTORY_REGISTRATION_ID = "ispflow-directory";

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistration.class);

    private final ConsoleProperties.Oidc oidc;
    private final RestClient http;
    private volatile ClientRegistration registration;
    private volatile ClientRegistration directoryRegistration;

    public ProviderRegistration(ConsoleProperties.Oidc oidc) {
        this.oidc = oidc;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId) && !DIRECTORY_REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        if (registration == null) {
            synchronized (this) {
                if (registration == null) {
                    ClientRegistration signIn = discover();
                    directoryRegistration = ClientRegistration.withClientRegistration(signIn)
                            .registrationId(DIRECTORY_REGISTRATION_ID)
                            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                            .redirectUri(null)
                            .scope(List.of("openid"))
                            .build();
                    registration = signIn;
                }
            }
        }
        return REGISTRATION_ID.equals(registrationId) ? registration : directoryRegistration;
    }

    private ClientRegistration discover() {
        String location = trimSlash(oidc.providerUri()) + "/.well-known/openid-configuration";
        Map<String, Object> metadata;
        try {
            metadata = http.get().uri(location).retrieve().body(new ParameterizedTypeReference<>() {});
        } catch (RestClientException e) {
            log.warn("the OpenID provider's discovery document at {} cannot be read: {}", location, e.toString());
            throw new IdentityProviderUnavailable(location, e);
        }
        if (metadata == null
                || !Objects.equals(trimSlash(oidc.issuerUri()), trimSlash((String) metadata.get("issuer")))) {
            throw new IllegalStateException("the discovery document at " + location + " names the issuer "
                    + (metadata == null ? null : metadata.get("issuer")) + ", not the configured " + oidc.issuerUri());
        }
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("ISPFlow")
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(List.of("openid", "profile", "email"))
                .authorizationUri(text(metadata, "authorization_endpoint"))
                .tokenUri(text(metadata, "token_endpoint"))
                .jwkSetUri(text(metadata, "jwks_uri"))
                .userInfoUri((String) metadata.get("userinfo_endpoint"))
                .userNameAttributeName("sub")
                .issuerUri((String) metadata.get("issuer"))
                .providerConfigurationMetadata(metadata)
                .build();
    }

    private static String text(Map<String, Object> metadata, String name) {
        Object value = metadata.get(name);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalStateException("the provider's discovery document has no " + name);
        }
        return s;
    }

    private static String trimSlash(String uri) {
        return uri != null && uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
