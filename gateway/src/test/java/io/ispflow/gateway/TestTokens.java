package io.ispflow.gateway;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in token issuer for the tests: an RSA key whose public half is served as a JWKS from a JDK
 * HttpServer, and helpers that mint good and bad tokens.
 */
final class TestTokens {

    static final String ISSUER = "https://issuer.ispflow.test/realms/ispflow";

    private static TestTokens instance;

    private final RSAKey signingKey;
    /** Same key id as the real key, different key material: a forged token. */
    private final RSAKey forgerKey;

    private final HttpServer jwksServer;

    private TestTokens() {
        try {
            signingKey = new RSAKeyGenerator(2048).keyID("gateway-test-key").generate();
            forgerKey = new RSAKeyGenerator(2048).keyID("gateway-test-key").generate();
            byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            jwksServer.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            jwksServer.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized TestTokens get() {
        if (instance == null) {
            instance = new TestTokens();
        }
        return instance;
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** A valid token for ana (SALES in zone NORTE), good for five minutes. */
    String valid() {
        return signed(signingKey, claims(ISSUER, Instant.now().plus(Duration.ofMinutes(5))));
    }

    String expired() {
        // well past the decoder's 60 s clock skew
        return signed(signingKey, claims(ISSUER, Instant.now().minus(Duration.ofMinutes(10))));
    }

    String signedWithAnotherKey() {
        return signed(forgerKey, claims(ISSUER, Instant.now().plus(Duration.ofMinutes(5))));
    }

    String fromAnotherIssuer() {
        return signed(
                signingKey,
                claims("https://evil.example/realms/ispflow", Instant.now().plus(Duration.ofMinutes(5))));
    }

    /** {@code alg: none}: claims without any signature. */
    String unsigned() {
        return new PlainJWT(claims(ISSUER, Instant.now().plus(Duration.ofMinutes(5)))).serialize();
    }

    private static JWTClaimsSet claims(String issuer, Instant expiresAt) {
        Instant issuedAt = expiresAt.minus(Duration.ofMinutes(15));
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("ana")
                .claim("name", "Ana Salgado")
                .claim("roles", List.of("SALES"))
                .claim("zones", List.of("NORTE"))
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
