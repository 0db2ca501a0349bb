package io.ispflow.localstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The dev token issuer: mints RS256 JWTs for any user and serves the public key set, so the services can run as OAuth2
 * resource servers locally, and is a small OpenID provider for the web console ({@link OidcProvider}: sign-in page,
 * authorization code + PKCE, refresh, user info, logout, people directory). The RSA key is kept in a JWK file so
 * tokens stay valid across restarts.
 *
 * <ul>
 *   <li>{@code GET /token?sub=ana&name=Ana&roles=SALES&zones=NORTE&ttl=3600} - the signed JWT as text/plain
 *   <li>{@code POST /token} - the OAuth 2.0 token endpoint
 *   <li>{@code GET /.well-known/jwks.json} - the public JWK set
 *   <li>{@code GET /.well-known/openid-configuration} - the discovery document
 *   <li>{@code /authorize}, {@code /userinfo}, {@code /logout}, {@code /users} - see {@link OidcProvider}
 * </ul>
 */
final class TokenIssuer implements AutoCloseable {

    static final Duration DEFAULT_TTL = Duration.ofHours(12);
    static final Duration MAX_TTL = Duration.ofDays(365);
    /** The lifetime of the OpenID provider's access and ID tokens, unless the launcher says otherwise. */
    static final Duration DEFAULT_ACCESS_TOKEN_TTL = Duration.ofMinutes(5);

    private final RSAKey key;
    private final RSASSASigner signer;
    private final String issuer;
    private final HttpServer server;
    private final ExecutorService executor;
    private final RSASSAVerifier verifier;
    private final OidcProvider oidc;

    private TokenIssuer(
            RSAKey key,
            String issuer,
            HttpServer server,
            ExecutorService executor,
            Duration accessTokenTtl,
            java.time.Clock clock)
            throws JOSEException {
        this.key = key;
        this.signer = new RSASSASigner(key);
        this.verifier = new RSASSAVerifier(key.toRSAPublicKey());
        this.issuer = issuer;
        this.server = server;
        this.executor = executor;
        this.oidc = new OidcProvider(this, new UserDirectory(LocalStack.DEMO_USERS), accessTokenTtl, clock);
    }

    /** Starts the issuer on 127.0.0.1 with access tokens of {@link #DEFAULT_ACCESS_TOKEN_TTL}. */
    static TokenIssuer start(Path jwkFile, int port, String issuer) throws IOException {
        return start(jwkFile, port, issuer, DEFAULT_ACCESS_TOKEN_TTL);
    }

    /**
     * Starts the issuer on 127.0.0.1.
     *
     * @param port the port, 0 for a free one (tests)
     * @param issuer the {@code iss} claim, or null for {@code http://localhost:<port>}
     * @param accessTokenTtl the lifetime of the access and ID tokens of the OpenID provider (not of GET /token's)
     */
    static TokenIssuer start(Path jwkFile, int port, String issuer, Duration accessTokenTtl) throws IOException {
        return start(jwkFile, port, issuer, accessTokenTtl, java.time.Clock.systemUTC());
    }

    /** As above; the clock decides when the provider's codes and refresh tokens expire (tests move it). */
    static TokenIssuer start(Path jwkFile, int port, String issuer, Duration accessTokenTtl, java.time.Clock clock)
            throws IOException {
        RSAKey key = loadOrCreateKey(jwkFile);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "token-issuer");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        String iss = issuer != null
                ? issuer
                : "http://localhost:" + server.getAddress().getPort();
        TokenIssuer tokenIssuer;
        try {
            tokenIssuer = new TokenIssuer(key, iss, server, executor, accessTokenTtl, clock);
        } catch (JOSEException e) {
            server.stop(0);
            executor.shutdownNow();
            throw new IOException("cannot use the key in " + jwkFile, e);
        }
        server.createContext("/", tokenIssuer::handle);
        server.start();
        return tokenIssuer;
    }

    /** Reads the RSA key from the JWK file, or generates a 2048-bit one and writes it there (mode 600). */
    static RSAKey loadOrCreateKey(Path jwkFile) throws IOException {
        if (Files.exists(jwkFile)) {
            try {
                return RSAKey.parse(Files.readString(jwkFile));
            } catch (ParseException e) {
                throw new IOException("unreadable key file " + jwkFile + " (delete it to get a new key): " + e, e);
            }
        }
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .issueTime(new Date())
                    .generate();
        } catch (JOSEException e) {
            throw new IOException("cannot generate an RSA key", e);
        }
        Files.createDirectories(jwkFile.toAbsolutePath().getParent());
        Path tmp = jwkFile.resolveSibling(jwkFile.getFileName() + ".tmp");
        Files.writeString(tmp, key.toJSONString());
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        Files.move(tmp, jwkFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Serves another path prefix on the same loopback port (the launcher's {@link StackControl}). */
    void serve(String pathPrefix, HttpHandler handler) {
        server.createContext(pathPrefix, handler);
    }

    String issuer() {
        return issuer;
    }

    String jwksUri() {
        return issuer + "/.well-known/jwks.json";
    }

    String keyId() {
        return key.getKeyID();
    }

    OidcProvider oidc() {
        return oidc;
    }

    /** Mints a signed token; roles and zones may be empty. */
    String mint(String subject, String name, List<String> roles, List<String> zones, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .claim("name", name == null || name.isBlank() ? subject : name)
                .claim("roles", List.copyOf(roles))
                .claim("zones", List.copyOf(zones))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        return sign(claims);
    }

    /** Signs claims with the issuer's key (RS256, {@code kid}, {@code typ: JWT}). */
    String sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed", e);
        }
        return jwt.serialize();
    }

    /**
     * The claims of a token this issuer signed: RS256 with its key, its {@code iss}, and (unless {@code allowExpired})
     * not expired; null otherwise.
     */
    JWTClaimsSet verify(String token, boolean allowExpired) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return null;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.equals(claims.getIssuer())) {
                return null;
            }
            Date exp = claims.getExpirationTime();
            if (!allowExpired && (exp == null || !exp.toInstant().isAfter(Instant.now()))) {
                return null;
            }
            return claims;
        } catch (ParseException | JOSEException | RuntimeException e) {
            return null;
        }
    }

    String jwksJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    String openIdConfigurationJson() {
        return JSONObjectUtils.toJSONString(oidc.configuration());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean read = "GET".equals(method) || "HEAD".equals(method);
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/token" -> {
                    if (read) {
                        token(exchange);
                    } else if ("POST".equals(method)) {
                        oidc.token(exchange);
                    } else {
                        Http.methodNotAllowed(exchange, "GET, POST");
                    }
                }
                case "/authorize" -> oidc.authorize(exchange);
                case "/userinfo" -> oidc.userinfo(exchange);
                case "/logout" -> oidc.logout(exchange);
                case "/.well-known/jwks.json" -> {
                    if (read) {
                        respond(exchange, 200, "application/json", jwksJson());
                    } else {
                        Http.methodNotAllowed(exchange, "GET");
                    }
                }
                case "/.well-known/openid-configuration" -> {
                    if (read) {
                        respond(exchange, 200, "application/json", openIdConfigurationJson());
                    } else {
                        Http.methodNotAllowed(exchange, "GET");
                    }
                }
                default -> {
                    if (path.equals("/users") || path.startsWith("/users/")) {
                        oidc.users(exchange);
                    } else {
                        respond(
                                exchange,
                                404,
                                "text/plain",
                                "not found; try /token?sub=ana&name=Ana&roles=SALES&zones=NORTE&ttl=3600,"
                                        + " /.well-known/jwks.json or /.well-known/openid-configuration\n");
                    }
                }
            }
        } catch (RuntimeException e) {
            respond(exchange, 500, "text/plain", "error: " + e + "\n");
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
        String sub = query.get("sub");
        if (sub == null || sub.isBlank()) {
            respond(exchange, 400, "text/plain", "missing parameter: sub\n");
            return;
        }
        Duration ttl = DEFAULT_TTL;
        String ttlParam = query.get("ttl");
        if (ttlParam != null && !ttlParam.isBlank()) {
            long seconds;
            try {
                seconds = Long.parseLong(ttlParam.trim());
            } catch (NumberFormatException e) {
                seconds = -1;
            }
            if (seconds <= 0 || seconds > MAX_TTL.toSeconds()) {
                respond(exchange, 400, "text/plain", "ttl must be a number of seconds between 1 and 31536000\n");
                return;
            }
            ttl = Duration.ofSeconds(seconds);
        }
        String token = mint(sub.trim(), query.get("name"), list(query.get("roles")), list(query.get("zones")), ttl);
        respond(exchange, 200, "text/plain", token);
    }

    static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq >= 0 ? pair.substring(0, eq) : pair;
            String v = eq >= 0 ? pair.substring(eq + 1) : "";
            params.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
