package io.ispflow.localstack;

import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OpenID Connect side of the dev token issuer: authorization code flow with PKCE (S256 only) for the console's
 * confidential client, refresh tokens rotated on each use, client credentials, user info, RP-initiated logout and a
 * people directory shaped like Keycloak's admin users API. Everything is kept in memory: a launcher restart signs
 * everyone out (the signing key survives, so access tokens already issued stay valid until they expire).
 *
 * <ul>
 *   <li>{@code GET /authorize} - validates the request, shows the {@link SignInPage}
 *   <li>{@code POST /authorize} - the chosen user: a one-time code (60 s), then 302 to the redirect URI
 *   <li>{@code POST /token} - grant types authorization_code, refresh_token and client_credentials
 *   <li>{@code GET|POST /userinfo} - the claims of the bearer access token's user
 *   <li>{@code GET|POST /logout} - ends the sign-in of the id_token_hint: its refresh tokens stop working
 *   <li>{@code GET /users}, {@code GET /users/{sub}} - the people directory (bearer token required)
 * </ul>
 */
final class OidcProvider {

    static final String CONSOLE_CLIENT_ID = "ispflow-console";
    static final String CONSOLE_CLIENT_SECRET = "ispflow-console-dev-secret";

    static final Duration CODE_TTL = Duration.ofSeconds(60);
    static final Duration REFRESH_TTL = Duration.ofHours(8);
    /** How long a spent code is remembered, to refuse its replay and revoke what it gave. */
    static final Duration SPENT_CODE_MEMORY = Duration.ofMinutes(10);

    static final List<String> SCOPES = List.of("openid", "profile", "email", "roles");
    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private static final Pattern PKCE_VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private static final Pattern PKCE_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A registered client: a confidential one, whose redirect URIs are loopback URIs (RFC 8252 7.3). */
    record Client(String id, String secret) {

        boolean secretMatches(String candidate) {
            return candidate != null
                    && MessageDigest.isEqual(
                            secret.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A validated authorization request: what the sign-in page carries in its hidden fields. */
    record AuthorizationRequest(
            Client client, String redirectUri, String scope, String state, String nonce, String codeChallenge) {

        Map<String, String> parameters() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("response_type", "code");
            p.put("client_id", client.id());
            p.put("redirect_uri", redirectUri);
            p.put("scope", scope);
            p.put("state", state);
            p.put("nonce", nonce);
            p.put("code_challenge", codeChallenge);
            p.put("code_challenge_method", "S256");
            return p;
        }
    }

    /** A sign-in: every token of one authorization shares its sid, which logout revokes. */
    private record Grant(
            String clientId, String scope, UserDirectory.User user, String sid, Instant authTime, String nonce) {}

    private record Code(Grant grant, String redirectUri, String codeChallenge, Instant expires) {}

    private record SpentCode(String sid, Instant forgetAt) {}

    private record Refresh(Grant grant, Instant expires) {}

    /** An OAuth 2.0 error of the token endpoint (RFC 6749 5.2). */
    private static final class OAuthError extends RuntimeException {
        final int status;
        final String error;

        OAuthError(int status, String error, String description) {
            super(description);
            this.status = status;
            this.error = error;
        }
    }

    /** The authorization request cannot be trusted (client, redirect URI): an error page, never a redirect. */
    private static final class UntrustedRequest extends RuntimeException {
        UntrustedRequest(String message) {
            super(message);
        }
    }

    /** The authorization request is wrong but the redirect URI is good: the error goes back to the client. */
    private static final class RedirectedError extends RuntimeException {
        final String error;

        RedirectedError(String error, String description) {
            super(description);
            this.error = error;
        }
    }

    private final TokenIssuer tokens;
    private final UserDirectory directory;
    private final Duration accessTokenTtl;
    private final Clock clock;
    private final Map<String, Client> clients;
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, SpentCode> spentCodes = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();

    OidcProvider(TokenIssuer tokens, UserDirectory directory, Duration accessTokenTtl, Clock clock) {
        this.tokens = tokens;
        this.directory = directory;
        this.accessTokenTtl = accessTokenTtl;
        this.clock = clock;
        this.clients = Map.of(CONSOLE_CLIENT_ID, new Client(CONSOLE_CLIENT_ID, CONSOLE_CLIENT_SECRET));
    }

    Duration accessTokenTtl() {
        return accessTokenTtl;
    }

    /** The discovery document. */
    Map<String, Object> configuration() {
        String issuer = tokens.issuer();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("issuer", issuer);
        config.put("authorization_endpoint", issuer + "/authorize");
        config.put("token_endpoint", issuer + "/token");
        config.put("jwks_uri", tokens.jwksUri());
        config.put("userinfo_endpoint", issuer + "/userinfo");
        config.put("end_session_endpoint", issuer + "/logout");
        config.put("response_types_supported", List.of("code"));
        config.put("response_modes_supported", List.of("query"));
        config.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        config.put("code_challenge_methods_supported", List.of("S256"));
        config.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        config.put("scopes_supported", SCOPES);
        config.put("subject_types_supported", List.of("public"));
        config.put("id_token_signing_alg_values_supported", List.of("RS256"));
        config.put("userinfo_signing_alg_values_supported", List.of("none"));
        config.put(
                "claims_supported",
                List.of(
                        "iss",
                        "sub",
                        "aud",
                        "azp",
                        "exp",
                        "iat",
                        "auth_time",
                        "nonce",
                        "sid",
                        "name",
                        "given_name",
                        "family_name",
                        "preferred_username",
                        "email",
                        "email_verified",
                        "roles",
                        "zones"));
        config.put("claims_parameter_supported", false);
        config.put("request_parameter_supported", false);
        config.put("request_uri_parameter_supported", false);
        return config;
    }

    // ---------------------------------------------------------------- /authorize

    void authorize(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !"POST".equals(method)) {
            Http.methodNotAllowed(exchange, "GET, POST");
            return;
        }
        Map<String, String> params;
        try {
            params = Http.params(exchange);
        } catch (Http.BadRequest e) {
            Http.html(exchange, 400, SignInPage.error(e.getMessage()), null);
            return;
        }
        AuthorizationRequest request;
        try {
            request = validate(params);
        } catch (UntrustedRequest e) {
            Http.html(exchange, 400, SignInPage.error(e.getMessage()), null);
            return;
        } catch (RedirectedError e) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("error", e.error);
            error.put("error_description", e.getMessage());
            error.put("state", params.get("state"));
            Http.redirect(exchange, Http.withQuery(params.get("redirect_uri"), error));
            return;
        }
        String target = origin(request.redirectUri());
        if (!"POST".equals(method)) {
            Http.html(exchange, 200, SignInPage.page(request, LocalStack.DEMO_USERS, null, Map.of()), target);
            return;
        }
        UserDirectory.User user;
        String username = params.get("username");
        if (username != null) {
            Optional<LocalStack.DemoUser> demo = LocalStack.DEMO_USERS.stream()
                    .filter(d -> d.sub().equals(username))
                    .findFirst();
            if (demo.isEmpty()) {
                Http.html(
                        exchange,
                        400,
                        SignInPage.page(
                                request,
                                LocalStack.DEMO_USERS,
                                "No hay un usuario de demostración «" + username + "».",
                                Map.of()),
                        target);
                return;
            }
            user = UserDirectory.User.demo(demo.get());
        } else {
            String problem = SignInPage.checkForm(params);
            if (problem != null) {
                Http.html(exchange, 400, SignInPage.page(request, LocalStack.DEMO_USERS, problem, params), target);
                return;
            }
            user = SignInPage.userOf(params);
            directory.remember(user);
        }
        purgeExpired();
        Instant now = clock.instant();
        Grant grant = new Grant(request.client().id(), request.scope(), user, random(16), now, request.nonce());
        String code = random(32);
        codes.put(code, new Code(grant, request.redirectUri(), request.codeChallenge(), now.plus(CODE_TTL)));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("code", code);
        answer.put("state", request.state());
        Http.redirect(exchange, Http.withQuery(request.redirectUri(), answer));
    }

    /** Checks an authorization request: client and redirect URI first (they decide where errors may go). */
    AuthorizationRequest validate(Map<String, String> params) {
        String clientId = params.get("client_id");
        if (clientId == null || clientId.isBlank()) {
            throw new UntrustedRequest("Falta el parámetro client_id.");
        }
        Client client = clients.get(clientId);
        if (client == null) {
            throw new UntrustedRequest("La aplicación «" + clientId + "» no está registrada en este emisor.");
        }
        String redirectUri = params.get("redirect_uri");
        if (redirectUri == null || redirectUri.isBlank()) {
            throw new UntrustedRequest("Falta el parámetro redirect_uri.");
        }
        if (!isLoopbackUri(redirectUri)) {
            throw new UntrustedRequest("La dirección de retorno «" + redirectUri + "» no está permitida para «"
                    + clientId + "»: solo http://localhost:<puerto>/... o http://127.0.0.1:<puerto>/...");
        }
        if (!"code".equals(params.get("response_type"))) {
            throw new RedirectedError("unsupported_response_type", "only response_type=code is supported");
        }
        String scope = params.getOrDefault("scope", "");
        Set<String> scopes = scopes(scope);
        if (!scopes.contains("openid")) {
            throw new RedirectedError("invalid_scope", "the scope must contain openid");
        }
        if ("none".equals(params.get("prompt"))) {
            throw new RedirectedError("login_required", "this provider keeps no sign-in: the user must choose");
        }
        if (params.containsKey("request") || params.containsKey("request_uri")) {
            throw new RedirectedError("request_not_supported", "request objects are not supported");
        }
        String challenge = params.get("code_challenge");
        if (challenge == null || challenge.isBlank()) {
            throw new RedirectedError("invalid_request", "code_challenge is required (PKCE, S256)");
        }
        if (!"S256".equals(params.get("code_challenge_method"))) {
            throw new RedirectedError("invalid_request", "code_challenge_method must be S256");
        }
        if (!PKCE_CHALLENGE.matcher(challenge).matches()) {
            throw new RedirectedError("invalid_request", "code_challenge must be a base64url SHA-256 (43 characters)");
        }
        return new AuthorizationRequest(
                client,
                redirectUri,
                String.join(" ", granted(scopes)),
                params.get("state"),
                blankToNull(params.get("nonce")),
                challenge);
    }

    /**
     * The loopback redirect rule of RFC 8252 7.3 for the dev client: http (or https) on localhost, 127.0.0.1 or
     * [::1], any port and path, no user info and no fragment.
     */
    static boolean isLoopbackUri(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = parsed.getScheme();
        String host = parsed.getHost();
        return parsed.isAbsolute()
                && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                && host != null
                && (host.equalsIgnoreCase("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"))
                && parsed.getRawUserInfo() == null
                && parsed.getRawFragment() == null;
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme().toLowerCase(Locale.ROOT) + "://" + parsed.getRawAuthority();
    }

    // ---------------------------------------------------------------- /token

    void token(HttpExchange exchange) throws IOException {
        try {
            Map<String, String> params;
            try {
                params = Http.params(exchange);
            } catch (Http.BadRequest e) {
                throw new OAuthError(400, "invalid_request", e.getMessage());
            }
            Client client = authenticate(exchange, params);
            String grantType = params.get("grant_type");
            if (grantType == null || grantType.isBlank()) {
                throw new OAuthError(400, "invalid_request", "grant_type is required");
            }
            purgeExpired();
            Map<String, Object> answer =
                    switch (grantType) {
                        case "authorization_code" -> authorizationCode(client, params);
                        case "refresh_token" -> refreshToken(client, params);
                        case "client_credentials" -> clientCredentials(client, params);
                        default ->
                            throw new OAuthError(
                                    400, "unsupported_grant_type", "grant_type " + grantType + " is not supported");
                    };
            Http.json(exchange, 200, answer);
        } catch (OAuthError e) {
            if (e.status == 401) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"ispflow\"");
            }
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", e.error);
            error.put("error_description", e.getMessage());
            Http.json(exchange, e.status, error);
        }
    }

    /** client_secret_basic or client_secret_post, not both (RFC 6749 2.3.1). */
    private Client authenticate(HttpExchange exchange, Map<String, String> params) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String id;
        String secret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (params.containsKey("client_secret")) {
                throw new OAuthError(400, "invalid_request", "use one client authentication method, not two");
            }
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new OAuthError(401, "invalid_client", "malformed Basic credentials");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new OAuthError(401, "invalid_client", "malformed Basic credentials");
            }
            try {
                id = java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
                secret = java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new OAuthError(401, "invalid_client", "malformed Basic credentials");
            }
            String bodyId = params.get("client_id");
            if (bodyId != null && !bodyId.equals(id)) {
                throw new OAuthError(400, "invalid_request", "client_id differs from the authenticated client");
            }
        } else {
            id = params.get("client_id");
            secret = params.get("client_secret");
            if (id == null || secret == null) {
                throw new OAuthError(401, "invalid_client", "client authentication is required");
            }
        }
        Client client = clients.get(id);
        if (client == null || !client.secretMatches(secret)) {
            throw new OAuthError(401, "invalid_client", "unknown client or wrong secret");
        }
        return client;
    }

    private Map<String, Object> authorizationCode(Client client, Map<String, String> params) {
        String codeValue = params.get("code");
        if (codeValue == null || codeValue.isBlank()) {
            throw new OAuthError(400, "invalid_request", "code is required");
        }
        Instant now = clock.instant();
        Code code = codes.remove(codeValue); // one use, whatever happens next
        if (code == null) {
            SpentCode spent = spentCodes.get(codeValue);
            if (spent != null) {
                // a replayed code: what it gave is revoked too (RFC 6749 4.1.2)
                revokeSession(spent.sid());
                throw new OAuthError(400, "invalid_grant", "the authorization code was already used");
            }
            throw new OAuthError(400, "invalid_grant", "unknown or expired authorization code");
        }
        spentCodes.put(codeValue, new SpentCode(code.grant().sid(), now.plus(SPENT_CODE_MEMORY)));
        if (!code.expires().isAfter(now)) {
            throw new OAuthError(400, "invalid_grant", "the authorization code has expired");
        }
        if (!code.grant().clientId().equals(client.id())) {
            throw new OAuthError(400, "invalid_grant", "the authorization code was issued to another client");
        }
        if (!code.redirectUri().equals(params.get("redirect_uri"))) {
            throw new OAuthError(400, "invalid_grant", "redirect_uri differs from the authorization request's");
        }
        String verifier = params.get("code_verifier");
        if (verifier == null || !PKCE_VERIFIER.matcher(verifier).matches()) {
            throw new OAuthError(400, "invalid_grant", "code_verifier is missing or malformed");
        }
        if (!MessageDigest.isEqual(
                s256(verifier).getBytes(StandardCharsets.US_ASCII),
                code.codeChallenge().getBytes(StandardCharsets.US_ASCII))) {
            throw new OAuthError(400, "invalid_grant", "code_verifier does not match the code_challenge");
        }
        return userTokens(code.grant(), code.grant().scope());
    }

    private Map<String, Object> refreshToken(Client client, Map<String, String> params) {
        String value = params.get("refresh_token");
        if (value == null || value.isBlank()) {
            throw new OAuthError(400, "invalid_request", "refresh_token is required");
        }
        Refresh refresh = refreshTokens.remove(value); // rotation: the old one stops working now
        if (refresh == null || !refresh.expires().isAfter(clock.instant())) {
            throw new OAuthError(400, "invalid_grant", "unknown, used, revoked or expired refresh token");
        }
        if (!refresh.grant().clientId().equals(client.id())) {
            throw new OAuthError(400, "invalid_grant", "the refresh token was issued to another client");
        }
        String scope = refresh.grant().scope();
        String requested = params.get("scope");
        if (requested != null && !requested.isBlank()) {
            Set<String> original = scopes(scope);
            Set<String> asked = scopes(requested);
            if (!original.containsAll(asked)) {
                throw new OAuthError(400, "invalid_scope", "a refresh cannot widen the scope");
            }
            scope = String.join(" ", asked);
        }
        return userTokens(refresh.grant(), scope);
    }

    private Map<String, Object> clientCredentials(Client client, Map<String, String> params) {
        String scope = String.join(" ", granted(scopes(params.getOrDefault("scope", ""))));
        String sub = SERVICE_ACCOUNT_PREFIX + client.id();
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = base(now, accessTokenTtl)
                .subject(sub)
                .audience(client.id())
                .claim("azp", client.id())
                .claim("name", sub)
                .claim("preferred_username", sub)
                .claim("roles", List.of())
                .claim("zones", List.of());
        if (!scope.isEmpty()) {
            claims.claim("scope", scope);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", tokens.sign(claims.build()));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", accessTokenTtl.toSeconds());
        if (!scope.isEmpty()) {
            answer.put("scope", scope);
        }
        return answer;
    }

    /** Access token, ID token and a new refresh token for a user's sign-in. */
    private Map<String, Object> userTokens(Grant grant, String scope) {
        Instant now = clock.instant();
        UserDirectory.User user = grant.user();
        JWTClaimsSet access = base(now, accessTokenTtl)
                .subject(user.sub())
                .audience(grant.clientId())
                .claim("azp", grant.clientId())
                .claim("name", user.name())
                .claim("preferred_username", user.sub())
                .claim("roles", user.roles())
                .claim("zones", user.zones())
                .claim("scope", scope)
                .claim("sid", grant.sid())
                .build();
        JWTClaimsSet.Builder id = base(now, accessTokenTtl)
                .subject(user.sub())
                .audience(grant.clientId())
                .claim("azp", grant.clientId())
                .claim("auth_time", grant.authTime().getEpochSecond())
                .claim("sid", grant.sid())
                .claim("typ", "ID")
                .claim("name", user.name())
                .claim("given_name", user.firstName())
                .claim("family_name", user.lastName())
                .claim("preferred_username", user.sub())
                .claim("roles", user.roles())
                .claim("zones", user.zones());
        if (grant.nonce() != null) {
            id.claim("nonce", grant.nonce());
        }
        if (user.email() != null && scopes(scope).contains("email")) {
            id.claim("email", user.email()).claim("email_verified", true);
        }
        String refresh = random(32);
        refreshTokens.put(refresh, new Refresh(grant, now.plus(REFRESH_TTL)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", tokens.sign(access));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", accessTokenTtl.toSeconds());
        answer.put("refresh_token", refresh);
        answer.put("refresh_expires_in", REFRESH_TTL.toSeconds());
        answer.put("id_token", tokens.sign(id.build()));
        answer.put("scope", scope);
        return answer;
    }

    private JWTClaimsSet.Builder base(Instant now, Duration ttl) {
        return new JWTClaimsSet.Builder()
                .issuer(tokens.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString());
    }

    // ---------------------------------------------------------------- /userinfo

    void userinfo(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"POST".equals(method)) {
            Http.methodNotAllowed(exchange, "GET, POST");
            return;
        }
        JWTClaimsSet claims = bearer(exchange);
        if (claims == null) {
            return;
        }
        String sub = claims.getSubject();
        Optional<UserDirectory.User> known = directory.find(sub);
        String name = stringClaim(claims, "name", sub);
        UserDirectory.User fromToken = UserDirectory.User.of(sub, name, List.of(), List.of());
        UserDirectory.User person = known.filter(u -> u.name().equals(name)).orElse(fromToken);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("sub", sub);
        info.put("name", name);
        info.put("preferred_username", stringClaim(claims, "preferred_username", sub));
        info.put("given_name", person.firstName());
        info.put("family_name", person.lastName());
        if (person.email() != null) {
            info.put("email", person.email());
            info.put("email_verified", true);
        }
        info.put("roles", listClaim(claims, "roles"));
        info.put("zones", listClaim(claims, "zones"));
        Http.json(exchange, 200, info);
    }

    // ---------------------------------------------------------------- /users

    void users(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            Http.methodNotAllowed(exchange, "GET");
            return;
        }
        if (bearer(exchange) == null) {
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/users") || path.equals("/users/")) {
            Map<String, String> query;
            try {
                query = Http.form(exchange.getRequestURI().getRawQuery());
            } catch (Http.BadRequest e) {
                Http.json(exchange, 400, Map.of("error", "invalid_request", "error_description", e.getMessage()));
                return;
            }
            List<Object> list = new ArrayList<>();
            directory
                    .list(
                            query.get("search"),
                            query.get("username"),
                            number(query.get("first"), 0),
                            number(query.get("max"), 100))
                    .forEach(u -> list.add(u.representation()));
            Http.send(exchange, 200, "application/json", com.nimbusds.jose.util.JSONArrayUtils.toJSONString(list));
            return;
        }
        String sub = java.net.URLDecoder.decode(path.substring("/users/".length()), StandardCharsets.UTF_8);
        Optional<UserDirectory.User> user = directory.find(sub);
        if (user.isEmpty()) {
            Http.json(exchange, 404, Map.of("error", "User not found"));
            return;
        }
        Http.json(exchange, 200, user.get().representation());
    }

    private static int number(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The claims of a valid bearer access token of this issuer, or null after answering 401. */
    private JWTClaimsSet bearer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"ispflow\"");
            Http.json(
                    exchange,
                    401,
                    Map.of("error", "invalid_token", "error_description", "a bearer access token is required"));
            return null;
        }
        JWTClaimsSet claims = tokens.verify(authorization.substring(7).trim(), false);
        if (claims == null || "ID".equals(claims.getClaim("typ")) || claims.getSubject() == null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"ispflow\", error=\"invalid_token\"");
            Http.json(
                    exchange,
                    401,
                    Map.of(
                            "error",
                            "invalid_token",
                            "error_description",
                            "not an access token of this issuer, or expired"));
            return null;
        }
        return claims;
    }

    // ---------------------------------------------------------------- /logout

    void logout(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !"POST".equals(method)) {
            Http.methodNotAllowed(exchange, "GET, POST");
            return;
        }
        Map<String, String> params;
        try {
            params = Http.params(exchange);
        } catch (Http.BadRequest e) {
            Http.html(exchange, 400, SignInPage.error(e.getMessage()), null);
            return;
        }
        String hint = blankToNull(params.get("id_token_hint"));
        if (hint != null) {
            // an expired ID token still names the sign-in to end
            JWTClaimsSet claims = tokens.verify(hint, true);
            Object sid = claims == null ? null : claims.getClaim("sid");
            if (sid instanceof String s) {
                revokeSession(s);
            }
        }
        String back = blankToNull(params.get("post_logout_redirect_uri"));
        if (back != null) {
            if (!isLoopbackUri(back)) {
                Http.html(
                        exchange,
                        400,
                        SignInPage.signedOutNoReturn("Su sesión terminó, pero la dirección de retorno «" + back
                                + "» no está permitida: solo http://localhost:<puerto>/..."),
                        null);
                return;
            }
            Map<String, String> state = new LinkedHashMap<>();
            state.put("state", params.get("state"));
            Http.redirect(exchange, Http.withQuery(back, state));
            return;
        }
        Http.html(exchange, 200, SignInPage.signedOut(), null);
    }

    /** Ends a sign-in: its refresh tokens stop working. */
    void revokeSession(String sid) {
        refreshTokens.values().removeIf(r -> r.grant().sid().equals(sid));
    }

    // ---------------------------------------------------------------- helpers

    /** Drops expired codes, spent-code memories and refresh tokens. */
    void purgeExpired() {
        Instant now = clock.instant();
        codes.values().removeIf(c -> !c.expires().isAfter(now));
        spentCodes.values().removeIf(s -> !s.forgetAt().isAfter(now));
        refreshTokens.values().removeIf(r -> !r.expires().isAfter(now));
    }

    /** How many refresh tokens, codes and spent codes are kept (tests). */
    int[] storeSizes() {
        return new int[] {refreshTokens.size(), codes.size(), spentCodes.size()};
    }

    private static Set<String> scopes(String scope) {
        Set<String> set = new LinkedHashSet<>();
        if (scope != null) {
            for (String s : scope.trim().split("\\s+")) {
                if (!s.isEmpty()) {
                    set.add(s);
                }
            }
        }
        return set;
    }

    /** The requested scopes this provider knows (unknown ones are left out, as Keycloak does). */
    private static List<String> granted(Set<String> requested) {
        return requested.stream().filter(SCOPES::contains).toList();
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String stringClaim(JWTClaimsSet claims, String name, String fallback) {
        try {
            String value = claims.getStringClaim(name);
            return value == null || value.isBlank() ? fallback : value;
        } catch (ParseException e) {
            return fallback;
        }
    }

    private static List<String> listClaim(JWTClaimsSet claims, String name) {
        try {
            List<String> value = claims.getStringListClaim(name);
            return value == null ? List.of() : value;
        } catch (ParseException e) {
            return List.of();
        }
    }
}
