package io.ispflow.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the tokens come from ({@code ispflow.security.*}).
 *
 * @param jwkSetUri the identity provider's key set (Keycloak's certs endpoint, or the dev issuer)
 * @param issuer the expected {@code iss} claim; not checked when blank
 */
@ConfigurationProperties("ispflow.security")
public record SecurityProperties(String jwkSetUri, String issuer) {}
