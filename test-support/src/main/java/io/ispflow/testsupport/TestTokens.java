package io.ispflow.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
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

/**
 * Test JWTs for any roles and zones, signed with a key that the services under test trust: its JWKS
 * is served from a small HTTP server in the test JVM, so the services' real token verification runs.
 *
 * <pre>{@code TestTokens.user("ana").roles("SALES").zones("NORTE").token()}</pre>
 */
public final class TestTokens {

    public static final String ISSUER = "http://ispflow.test/issuer";

    private static RSAKey key;
    private static String jwkSetUri;

    private TestTokens() {}

    public static Builder user(String subject) {
        return new Builder(subject);
    }

    /** The URI of the key set the services under test must trust (set by {@link ServiceTestInitializer}). */
    public static synchronized String jwkSetUri() {
        if (jwkSetUri == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                byte[] jwks = new JWKSet(signingKey().toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                server.createContext("/jwks.json", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, jwks.length);
                    exchange.getResponseBody().write(jwks);
                    exchange.close();
                });
                server.start();
                jwkSetUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
        return jwkSetUri;
    }

    private static synchronized RSAKey signingKey() {
        if (key == null) {
            key = newKey("ispflow-test");
        }
        return key;
    }

    private static RSAKey newKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException failure) {
            throw new IllegalStateException(failure);
        }
    }

    public static final class Builder {
        private final String subject;
        private String name;
        private List<String> roles = List.of();
        private List<String> zones = List.of();
        private String issuer = ISSUER;
        private Duration validFor = Duration.ofHours(1);

        private Builder(String subject) {
            this.subject = subject;
            this.name = subject;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Builder zones(String... zones) {
            this.zones = List.of(zones);
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** A token that expired this long ago. */
        public Builder expiredFor(Duration ago) {
            this.validFor = ago.negated();
            return this;
        }

        public String token() {
            return sign(signingKey());
        }

        /** Same claims, signed by a key nobody trusts. */
        public String forgedToken() {
            return sign(newKey("ispflow-test"));
        }

        /** Same claims, unsigned ({@code alg: none}). */
        public String unsignedToken() {
            return new PlainJWT(claims()).serialize();
        }

        private String sign(RSAKey with) {
            try {
                SignedJWT jwt = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .keyID(with.getKeyID())
                                .build(),
                        claims());
                jwt.sign(new RSASSASigner(with));
                return jwt.serialize();
            } catch (JOSEException failure) {
                throw new IllegalStateException(failure);
            }
        }

        private JWTClaimsSet claims() {
            Instant now = Instant.now();
            Instant expiry = now.plus(validFor);
            return new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .claim("name", name)
                    .claim("roles", roles)
                    .claim("zones", zones)
                    .issueTime(Date.from(validFor.isNegative() ? expiry.minusSeconds(3600) : now))
                    .expirationTime(Date.from(expiry))
                    .build();
        }
    }
}
