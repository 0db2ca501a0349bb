package io.ispflow.console;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the console finds the gateway, the OpenID provider and the people directory.
 *
 * @param gatewayUrl the gateway's base URL: every API call goes there, with the signed-in user's token
 * @param oidc the OpenID provider and the console's client
 * @param peopleUrl the users API of the identity provider (Keycloak's admin users API of the realm, the dev
 *     issuer's /users locally), read with the console's own client credentials to show people by name
 * @param mapTilesUrl the tile URL template of the location pickers' maps
 */
@ConfigurationProperties("ispflow.console")
public record ConsoleProperties(URI gatewayUrl, Oidc oidc, URI peopleUrl, String mapTilesUrl) {

    /**
     * @param issuerUri the {@code iss} of the provider's tokens
     * @param providerUri where the console reads the discovery document over the back channel (inside a cluster
     *     Keycloak is reached by another name than the browser's)
     */
    public record Oidc(String issuerUri, String providerUri, String clientId, String clientSecret) {}

    /** The origin of the map tiles, for the Content-Security-Policy. */
    public String mapTilesOrigin() {
        URI uri = URI.create(mapTilesUrl
                .replace("{s}", "a")
                .replace("{z}", "0")
                .replace("{x}", "0")
                .replace("{y}", "0"));
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
