package io.ispflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenIssuerTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void mintsTokensThatVerifyAgainstTheServedKeySet() throws Exception {
        try (TokenIssuer issuer = TokenIssuer.start(dir.resolve("jwk.json"), 0, null)) {
            String base = "http://localhost:" + issuer.port();

            HttpResponse<String> response =
                    get(base + "/token?sub=ana&name=Ana%20L%C3%B3pez&roles=SALES,MANAGER&zones=NORTE&ttl=60");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/plain"));

            SignedJWT jwt = SignedJWT.parse(response.body());
            JWKSet jwks = JWKSet.parse(get(base + "/.well-known/jwks.json").body());
            assertThat(jwks.getKeys()).hasSize(1);
            RSAKey publicKey = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(publicKey).isNotNull();
            assertThat(publicKey.isPrivate()).isFalse();
            assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
            assertThat(jwt.verify(new RSASSAVerifier(publicKey))).isTrue();

            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            assertThat(claims.getIssuer()).isEqualTo(base);
            assertThat(claims.getSubject()).isEqualTo("ana");
            assertThat(claims.getStringClaim("name")).isEqualTo("Ana López");
            assertThat(claims.getStringListClaim("roles")).containsExactly("SALES", "MANAGER");
            assertThat(claims.getStringListClaim("zones")).containsExactly("NORTE");
            long ttl = (claims.getExpirationTime().getTime()
                            - claims.getIssueTime().getTime())
                    / 1000;
            assertThat(ttl).isEqualTo(60);
        }
    }

    @Test
    void defaultsAndEmptyZones() throws Exception {
        try (TokenIssuer issuer = TokenIssuer.start(dir.resolve("jwk.json"), 0, "http://localhost:9000")) {
            String body = get("http://localhost:" + issuer.port() + "/token?sub=admin&roles=ADMIN")
                    .body();
            JWTClaimsSet claims = SignedJWT.parse(body).getJWTClaimsSet();
            assertThat(claims.getIssuer()).isEqualTo("http://localhost:9000");
            assertThat(claims.getStringClaim("name")).isEqualTo("admin");
            assertThat(claims.getStringListClaim("zones")).isEmpty();
            assertThat(claims.getClaim("zones")).isInstanceOf(List.class);
            long ttl = (claims.getExpirationTime().getTime()
                            - claims.getIssueTime().getTime())
                    / 1000;
            assertThat(ttl).isEqualTo(TokenIssuer.DEFAULT_TTL.toSeconds());
        }
    }

    @Test
    void rejectsMissingSubjectAndBadTtl() throws Exception {
        try (TokenIssuer issuer = TokenIssuer.start(dir.resolve("jwk.json"), 0, null)) {
            String base = "http://localhost:" + issuer.port();
            assertThat(get(base + "/token").statusCode()).isEqualTo(400);
            assertThat(get(base + "/token?sub=&roles=ADMIN").statusCode()).isEqualTo(400);
            assertThat(get(base + "/token?sub=a&ttl=abc").statusCode()).isEqualTo(400);
            assertThat(get(base + "/token?sub=a&ttl=0").statusCode()).isEqualTo(400);
            assertThat(get(base + "/nope").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void servesTheOpenIdConfiguration() throws Exception {
        try (TokenIssuer issuer = TokenIssuer.start(dir.resolve("jwk.json"), 0, null)) {
            String base = "http://localhost:" + issuer.port();
            Map<String, Object> config = JSONObjectUtils.parse(
                    get(base + "/.well-known/openid-configuration").body());
            assertThat(config).containsEntry("issuer", base).containsEntry("jwks_uri", base + "/.well-known/jwks.json");
        }
    }

    @Test
    void keepsTheKeyAcrossRestarts() throws Exception {
        Path jwk = dir.resolve("issuer").resolve("jwk.json");
        String token;
        String kid;
        try (TokenIssuer first = TokenIssuer.start(jwk, 0, "http://localhost:9000")) {
            token = first.mint("bea", "Bea", List.of("BACKOFFICE"), List.of(), Duration.ofMinutes(5));
            kid = first.keyId();
        }
        assertThat(Files.readString(jwk)).contains("\"d\"");
        try (TokenIssuer second = TokenIssuer.start(jwk, 0, "http://localhost:9000")) {
            assertThat(second.keyId()).isEqualTo(kid);
            JWKSet jwks = JWKSet.parse(get("http://localhost:" + second.port() + "/.well-known/jwks.json")
                    .body());
            SignedJWT jwt = SignedJWT.parse(token);
            assertThat(jwt.getHeader().getKeyID()).isEqualTo(kid);
            assertThat(jwt.verify(new RSASSAVerifier((RSAKey) jwks.getKeyByKeyId(kid))))
                    .isTrue();
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
