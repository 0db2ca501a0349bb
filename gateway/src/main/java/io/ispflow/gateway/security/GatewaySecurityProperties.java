package io.ispflow.gateway.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Authentication settings of the gateway ({@code ispflow.gateway.security.*}).
 *
 * @param jwt how bearer tokens are verified
 * @param strippedHeaders request headers (case-insensitive) removed from every incoming request, since
 *     only the gateway may assert who the caller is
 * @param strippedHeaderPrefixes header name prefixes (case-insensitive) removed the same way
 */
@ConfigurationProperties("ispflow.gateway.security")
public record GatewaySecurityProperties(
        @DefaultValue Jwt jwt,
        @DefaultValue({
                    "X-Forwarded-User",
                    "X-Forwarded-Email",
                    "X-Forwarded-Groups",
                    "X-Forwarded-Preferred-Username",
                    "X-Authenticated-User",
                    "X-Remote-User",
                    "Remote-User",
                    "X-User",
                    "X-Roles",
                    "X-Role",
                    "X-Zones",
                    "X-Zone"
                })
                List<String> strippedHeaders,
        @DefaultValue({"X-User-", "X-Auth-"}) List<String> strippedHeaderPrefixes) {

    /**
     * @param jwkSetUri where the issuer publishes its signing keys (JWKS)
     * @param issuerUri when not empty, the {@code iss} claim every token must carry
     * @param jwsAlgorithms accepted signature algorithms; unsigned tokens ({@code alg: none}) never are
     * @param jwkSetTimeout how long fetching the key set may take before the request fails
     * @param verifiedTokenCache how many verified tokens are remembered, so their signature is checked once
     * @param verifiedTokenMaxAge how long a verified token is remembered at most (less when it expires sooner)
     */
    public record Jwt(
            String jwkSetUri,
            @DefaultValue("") String issuerUri,
            @DefaultValue("RS256") List<String> jwsAlgorithms,
            @DefaultValue("5s") Duration jwkSetTimeout,
            @DefaultValue("10000") int verifiedTokenCache,
            @DefaultValue("5m") Duration verifiedTokenMaxAge) {}
}
