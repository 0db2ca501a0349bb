package io.ispflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev OpenID provider over HTTP, as the console's Spring Security client uses it. */
class OidcProviderTest {

    private static final String CLIENT = "ispflow-console";
    private static final String SECRET = "ispflow-console-dev-secret";
    private static final String REDIRECT = "http://localhost:8086/login/oauth2/code/ispflow";
    private static final String VERIFIER = "dBjftJeZ4CVP-mJ92K7fQ1Y1u8aVnk4y2aa3-E-9XWkzUC8f";
    private static final String CHALLENGE = OidcProvider.s256(VERIFIER);

    @TempDir
    Path dir;

    /** The provider's clock: tests move it to expire codes and refresh tokens. */
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private TokenIssuer issuer;
    private String base;

    @BeforeEach
    void start() throws Exception {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        issuer = TokenIssuer.start(dir.resolve("jwk.json"), 0, null, Duration.ofSeconds(120), clock);
        base = "http://localhost:" + issuer.port();
    }

    @AfterEach
    void stop() {
        issuer.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void discoveryDocumentNamesEveryEndpoint() throws Exception {
        Map<String, Object> config = JSONObjectUtils.parse(
                get("/.well-known/openid-configuration", null).body());
        assertThat(config)
                .containsEntry("issuer", base)
                .containsEntry("authorization_endpoint", base + "/authorize")
                .containsEntry("token_endpoint", base + "/token")
                .containsEntry("jwks_uri", base + "/.well-known/jwks.json")
                .containsEntry("userinfo_endpoint", base + "/userinfo")
                .containsEntry("end_session_endpoint", base + "/logout")
                .containsEntry("response_types_supported", List.of("code"))
                .containsEntry(
                        "grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"))
                .containsEntry("code_challenge_methods_supported", List.of("S256"))
                .containsEntry(
                        "token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"))
                .containsEntry("scopes_supported", List.of("openid", "profile", "email", "roles"))
                .containsEntry("subject_types_supported", List.of("public"))
                .containsEntry("id_token_signing_alg_values_supported", List.of("RS256"));
        assertThat((List<Object>) config.get("claims_supported")).contains("sub", "name", "roles", "zones", "nonce");
    }

    @Test
    void signInPageListsTheDemoUsersAccessibly() throws Exception {
        HttpResponse<String> page = get("/authorize?" + query(authorizeParams("st-1", "n-1")), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("form-action 'self' http://localhost:8086"));
        String html = page.body();
        assertThat(html).startsWith("<!doctype html>").contains("<html lang=\"es\">");
        assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        assertThat(count(html, "<h1")).isEqualTo(1);
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContainIgnoringCase(" onclick=")
                .doesNotContain("style=\"");
        for (LocalStack.DemoUser user : LocalStack.DEMO_USERS) {
            assertThat(html)
                    .contains("<button type=\"submit\" name=\"username\" value=\"" + user.sub() + "\">")
                    .contains(user.name());
        }
        assertThat(html)
                .contains("Ana García")
                .contains("Ventas (SALES) · zona NORTE")
                .contains("Bea Romero");
        // every visible input has its label
        Matcher inputs = Pattern.compile("<input id=\"([a-z]+)\"").matcher(html);
        int visible = 0;
        while (inputs.find()) {
            visible++;
            assertThat(html).contains("<label for=\"" + inputs.group(1) + "\">");
        }
        assertThat(visible).isEqualTo(4);
        assertThat(count(html, "<input type=\"hidden\"")).isEqualTo(2 * 8);
        assertThat(html)
                .contains("name=\"state\" value=\"st-1\"")
                .contains("name=\"code_challenge\" value=\"" + CHALLENGE + "\"");
    }

    @Test
    void codeFlowWithPkceIssuesTokensThatValidateAgainstTheKeySet() throws Exception {
        String state = "a b&c=d/é+ü";
        HttpResponse<String> redirect = signIn("ana", state, "nonce-42");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT + "?code=");
        Map<String, String> answer = queryOf(location);
        assertThat(answer.get("state")).isEqualTo(state);

        HttpResponse<String> response = exchangeCode(answer.get("code"), VERIFIER, REDIRECT);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        Map<String, Object> tokens = JSONObjectUtils.parse(response.body());
        assertThat(tokens)
                .containsEntry("token_type", "Bearer")
                .containsEntry("expires_in", 120L)
                .containsEntry("scope", "openid profile email")
                .containsKeys("access_token", "refresh_token", "id_token");

        JWKSet jwks = JWKSet.parse(get("/.well-known/jwks.json", null).body());
        SignedJWT id = SignedJWT.parse((String) tokens.get("id_token"));
        assertThat(id.verify(new RSASSAVerifier(
                        (RSAKey) jwks.getKeyByKeyId(id.getHeader().getKeyID()))))
                .isTrue();
        JWTClaimsSet idClaims = id.getJWTClaimsSet();
        assertThat(idClaims.getIssuer()).isEqualTo(base);
        assertThat(idClaims.getSubject()).isEqualTo("ana");
        assertThat(idClaims.getAudience()).containsExactly(CLIENT);
        assertThat(idClaims.getStringClaim("azp")).isEqualTo(CLIENT);
        assertThat(idClaims.getStringClaim("nonce")).isEqualTo("nonce-42");
        assertThat(idClaims.getStringClaim("name")).isEqualTo("Ana García");
        assertThat(idClaims.getStringClaim("preferred_username")).isEqualTo("ana");
        assertThat(idClaims.getStringListClaim("roles")).containsExactly("SALES");
        assertThat(idClaims.getStringListClaim("zones")).containsExactly("NORTE");
        assertThat(idClaims.getStringClaim("email")).isEqualTo("ana@ispflow.example");
        assertThat(idClaims.getLongClaim("auth_time")).isEqualTo(now.get().getEpochSecond());
        assertThat(idClaims.getExpirationTime()).isAfter(idClaims.getIssueTime());

        SignedJWT access = SignedJWT.parse((String) tokens.get("access_token"));
        assertThat(access.verify(new RSASSAVerifier(
                        (RSAKey) jwks.getKeyByKeyId(access.getHeader().getKeyID()))))
                .isTrue();
        JWTClaimsSet claims = access.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(base);
        assertThat(claims.getSubject()).isEqualTo("ana");
        assertThat(claims.getAudience()).containsExactly(CLIENT);
        assertThat(claims.getStringClaim("azp")).isEqualTo(CLIENT);
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("ana");
        assertThat(claims.getStringClaim("name")).isEqualTo("Ana García");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SALES");
        assertThat(claims.getStringListClaim("zones")).containsExactly("NORTE");
        assertThat((claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000)
                .isEqualTo(120);
    }

    @Test
    void aWrongVerifierIsRefusedAndSpendsTheCode() throws Exception {
        String code = codeOf(signIn("sol", "s", null));
        HttpResponse<String> wrong = exchangeCode(code, VERIFIER.replace('d', 'e'), REDIRECT);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSONObjectUtils.parse(wrong.body())).containsEntry("error", "invalid_grant");
        assertThat(exchangeCode(code, VERIFIER, REDIRECT).statusCode()).isEqualTo(400);

        String missing = codeOf(signIn("sol", "s", null));
        Map<String, String> form = codeForm(missing, null, REDIRECT);
        assertThat(error(token(form, true))).isEqualTo("invalid_grant");
    }

    @Test
    void aReusedCodeIsRefusedAndRevokesWhatItGave() throws Exception {
        String code = codeOf(signIn("marta", "s", "n"));
        HttpResponse<String> first = exchangeCode(code, VERIFIER, REDIRECT);
        assertThat(first.statusCode()).isEqualTo(200);
        String refresh = (String) JSONObjectUtils.parse(first.body()).get("refresh_token");

        HttpResponse<String> again = exchangeCode(code, VERIFIER, REDIRECT);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(error(again)).isEqualTo("invalid_grant");
        assertThat(error(refresh(refresh))).isEqualTo("invalid_grant");
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        String code = codeOf(signIn("pablo", "s", null));
        now.set(now.get().plus(OidcProvider.CODE_TTL).plusSeconds(1));
        assertThat(error(exchangeCode(code, VERIFIER, REDIRECT))).isEqualTo("invalid_grant");
        issuer.oidc().purgeExpired();
        assertThat(issuer.oidc().storeSizes()[1]).isZero();
    }

    @Test
    void theRedirectUriMustMatchTheAuthorizationRequest() throws Exception {
        String code = codeOf(signIn("ana", "s", null));
        assertThat(error(exchangeCode(code, VERIFIER, "http://localhost:8086/other")))
                .isEqualTo("invalid_grant");
    }

    @Test
    void refreshTokensRotate() throws Exception {
        Map<String, Object> first =
                JSONObjectUtils.parse(exchangeCode(codeOf(signIn("tito", "s", "nonce-t")), VERIFIER, REDIRECT)
                        .body());
        String oldRefresh = (String) first.get("refresh_token");

        HttpResponse<String> rotated = refresh(oldRefresh);
        assertThat(rotated.statusCode()).isEqualTo(200);
        Map<String, Object> second = JSONObjectUtils.parse(rotated.body());
        assertThat(second.get("refresh_token")).isNotNull().isNotEqualTo(oldRefresh);
        assertThat(second.get("access_token")).isNotNull().isNotEqualTo(first.get("access_token"));
        assertThat(second.get("id_token")).isNotNull().isNotEqualTo(first.get("id_token"));
        JWTClaimsSet id = SignedJWT.parse((String) second.get("id_token")).getJWTClaimsSet();
        JWTClaimsSet firstId = SignedJWT.parse((String) first.get("id_token")).getJWTClaimsSet();
        assertThat(id.getSubject()).isEqualTo("tito");
        assertThat(id.getClaim("auth_time")).isEqualTo(firstId.getClaim("auth_time"));
        assertThat(id.getStringClaim("nonce")).isEqualTo("nonce-t");

        HttpResponse<String> replay = refresh(oldRefresh);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(error(replay)).isEqualTo("invalid_grant");
        // the new one still works (a replay of the old one does not end the sign-in)
        String newest = (String) second.get("refresh_token");
        HttpResponse<String> third = refresh(newest);
        assertThat(third.statusCode()).isEqualTo(200);

        String last = (String) JSONObjectUtils.parse(third.body()).get("refresh_token");
        now.set(now.get().plus(OidcProvider.REFRESH_TTL).plusSeconds(1));
        assertThat(error(refresh(last))).isEqualTo("invalid_grant");
    }

    @Test
    void clientAuthenticationIsChecked() throws Exception {
        String code = codeOf(signIn("ana", "s", null));
        Map<String, String> form = codeForm(code, VERIFIER, REDIRECT);
        HttpResponse<String> wrong = send("POST", "/token", form, "Basic " + basic(CLIENT, "not-the-secret"), null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(error(wrong)).isEqualTo("invalid_client");
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(send("POST", "/token", form, null, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/token", form, "Basic " + basic("someone-else", SECRET), null)
                        .statusCode())
                .isEqualTo(401);

        // client_secret_post; the code was not spent by the refused attempts
        Map<String, String> post = new LinkedHashMap<>(form);
        post.put("client_id", CLIENT);
        post.put("client_secret", SECRET);
        HttpResponse<String> ok = send("POST", "/token", post, null, null);
        assertThat(ok.statusCode()).isEqualTo(200);

        assertThat(error(send(
                        "POST", "/token", Map.of("grant_type", "password"), "Basic " + basic(CLIENT, SECRET), null)))
                .isEqualTo("unsupported_grant_type");
    }

    @Test
    void aBadRedirectUriOrClientGetsAnErrorPageNeverARedirect() throws Exception {
        for (String bad : List.of(
                "https://evil.example/cb",
                "http://localhost.evil.example:8086/cb",
                "http://localhost:8086@evil.example/cb",
                "http://localhost:8086/cb#fragment",
                "javascript:alert(1)")) {
            Map<String, String> params = authorizeParams("s", null);
            params.put("redirect_uri", bad);
            HttpResponse<String> get = get("/authorize?" + query(params), null);
            assertThat(get.statusCode()).as(bad).isEqualTo(400);
            assertThat(get.headers().firstValue("Location")).as(bad).isEmpty();
            assertThat(get.body()).contains("<html lang=\"es\">").contains("no está permitida");
            params.put("username", "ana");
            HttpResponse<String> post = send("POST", "/authorize", params, null, null);
            assertThat(post.statusCode()).as(bad).isEqualTo(400);
            assertThat(post.headers().firstValue("Location")).as(bad).isEmpty();
        }
        Map<String, String> unknown = authorizeParams("s", null);
        unknown.put("client_id", "intruder");
        HttpResponse<String> response = get("/authorize?" + query(unknown), null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();

        // any loopback port is fine for the dev client (RFC 8252)
        Map<String, String> loopback = authorizeParams("s", null);
        loopback.put("redirect_uri", "http://127.0.0.1:41234/login/oauth2/code/ispflow");
        assertThat(get("/authorize?" + query(loopback), null).statusCode()).isEqualTo(200);
    }

    @Test
    void pkceIsRequired() throws Exception {
        Map<String, String> params = authorizeParams("st", null);
        params.remove("code_challenge");
        HttpResponse<String> noChallenge = get("/authorize?" + query(params), null);
        assertThat(noChallenge.statusCode()).isEqualTo(302);
        Map<String, String> error =
                queryOf(noChallenge.headers().firstValue("Location").orElseThrow());
        assertThat(error).containsEntry("error", "invalid_request").containsEntry("state", "st");

        Map<String, String> plain = authorizeParams("st", null);
        plain.put("code_challenge_method", "plain");
        assertThat(queryOf(get("/authorize?" + query(plain), null)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow()))
                .containsEntry("error", "invalid_request");

        Map<String, String> noOpenid = authorizeParams("st", null);
        noOpenid.put("scope", "profile");
        assertThat(queryOf(get("/authorize?" + query(noOpenid), null)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow()))
                .containsEntry("error", "invalid_scope");
    }

    @Test
    void anyoneCanSignInThroughTheFormAndJoinsTheDirectory() throws Exception {
        Map<String, String> form = authorizeParams("s", null);
        form.put("subject", "juan");
        form.put("name", "Juan Pérez Gil");
        form.put("roles", "sales, manager");
        form.put("zones", "norte,rural-este");
        HttpResponse<String> redirect = send("POST", "/authorize", form, null, null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        Map<String, Object> tokens = JSONObjectUtils.parse(
                exchangeCode(codeOf(redirect), VERIFIER, REDIRECT).body());
        JWTClaimsSet claims =
                SignedJWT.parse((String) tokens.get("access_token")).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("juan");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SALES", "MANAGER");
        assertThat(claims.getStringListClaim("zones")).containsExactly("NORTE", "RURAL-ESTE");

        Map<String, Object> juan =
                JSONObjectUtils.parse(get("/users/juan", serviceToken()).body());
        assertThat(juan)
                .containsEntry("id", "juan")
                .containsEntry("username", "juan")
                .containsEntry("firstName", "Juan")
                .containsEntry("lastName", "Pérez Gil")
                .containsEntry("enabled", true)
                .doesNotContainKey("email");

        Map<String, String> bad = authorizeParams("s", null);
        bad.put("subject", "no spaces please");
        HttpResponse<String> refused = send("POST", "/authorize", bad, null, null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        assertThat(refused.body()).contains("role=\"alert\"").contains("value=\"no spaces please\"");

        Map<String, String> unknownDemo = authorizeParams("s", null);
        unknownDemo.put("username", "nadie");
        assertThat(send("POST", "/authorize", unknownDemo, null, null).statusCode())
                .isEqualTo(400);
    }

    @Test
    void userinfoNeedsAValidAccessToken() throws Exception {
        Map<String, Object> tokens =
                JSONObjectUtils.parse(exchangeCode(codeOf(signIn("bea", "s", null)), VERIFIER, REDIRECT)
                        .body());
        HttpResponse<String> info = get("/userinfo", (String) tokens.get("access_token"));
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(JSONObjectUtils.parse(info.body()))
                .containsEntry("sub", "bea")
                .containsEntry("name", "Bea Romero")
                .containsEntry("preferred_username", "bea")
                .containsEntry("given_name", "Bea")
                .containsEntry("family_name", "Romero")
                .containsEntry("roles", List.of("BACKOFFICE"))
                .containsEntry("zones", List.of());

        assertThat(get("/userinfo", null).statusCode()).isEqualTo(401);
        assertThat(get("/userinfo", "not-a-jwt").statusCode()).isEqualTo(401);
        assertThat(get("/userinfo", (String) tokens.get("id_token")).statusCode())
                .isEqualTo(401);
        // signed by another key
        try (TokenIssuer other = TokenIssuer.start(dir.resolve("other.json"), 0, base)) {
            String foreign = other.mint("bea", "Bea Romero", List.of("ADMIN"), List.of(), Duration.ofMinutes(5));
            assertThat(get("/userinfo", foreign).statusCode()).isEqualTo(401);
        }
        // expired
        String expired = issuer.sign(new JWTClaimsSet.Builder()
                .issuer(base)
                .subject("bea")
                .expirationTime(java.util.Date.from(Instant.now().minusSeconds(5)))
                .build());
        assertThat(get("/userinfo", expired).statusCode()).isEqualTo(401);
        // the dev GET /token tokens work too
        String dev = get("/token?sub=ana&name=Ana%20Garc%C3%ADa&roles=SALES&zones=NORTE", null)
                .body();
        assertThat(JSONObjectUtils.parse(get("/userinfo", dev).body()))
                .containsEntry("sub", "ana")
                .containsEntry("family_name", "García");
    }

    @Test
    void logoutRevokesTheSignInsRefreshTokens() throws Exception {
        Map<String, Object> tokens =
                JSONObjectUtils.parse(exchangeCode(codeOf(signIn("ana", "s", "n")), VERIFIER, REDIRECT)
                        .body());
        Map<String, Object> other =
                JSONObjectUtils.parse(exchangeCode(codeOf(signIn("ana", "s", "n")), VERIFIER, REDIRECT)
                        .body());

        Map<String, String> logout = new LinkedHashMap<>();
        logout.put("id_token_hint", (String) tokens.get("id_token"));
        logout.put("post_logout_redirect_uri", "http://localhost:8086/");
        logout.put("state", "bye now");
        HttpResponse<String> response = get("/logout?" + query(logout), null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:8086/?state=bye%20now");

        assertThat(error(refresh((String) tokens.get("refresh_token")))).isEqualTo("invalid_grant");
        // another sign-in of the same person goes on
        assertThat(refresh((String) other.get("refresh_token")).statusCode()).isEqualTo(200);

        HttpResponse<String> page = get("/logout", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sesión cerrada").contains("<html lang=\"es\">");

        HttpResponse<String> evil = get("/logout?post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F", null);
        assertThat(evil.statusCode()).isEqualTo(400);
        assertThat(evil.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void theDirectoryNeedsATokenOfThisIssuer() throws Exception {
        assertThat(get("/users", null).statusCode()).isEqualTo(401);
        assertThat(get("/users/ana", "garbage").statusCode()).isEqualTo(401);

        String token = serviceToken();
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("service-account-ispflow-console");
        assertThat(claims.getStringListClaim("roles")).isEmpty();

        HttpResponse<String> list = get("/users?max=500", token);
        assertThat(list.statusCode()).isEqualTo(200);
        List<Object> users = JSONArrayUtils.parse(list.body());
        assertThat(users).hasSize(LocalStack.DEMO_USERS.size());
        Map<String, Object> ana = JSONObjectUtils.parse(get("/users/ana", token).body());
        assertThat(ana)
                .containsEntry("id", "ana")
                .containsEntry("username", "ana")
                .containsEntry("firstName", "Ana")
                .containsEntry("lastName", "García")
                .containsEntry("email", "ana@ispflow.example")
                .containsEntry("enabled", true)
                .containsEntry("attributes", Map.of("zones", List.of("NORTE")));
        assertThat(JSONArrayUtils.parse(get("/users?search=garc", token).body()))
                .hasSize(1);
        assertThat(JSONArrayUtils.parse(get("/users?max=2", token).body())).hasSize(2);
        assertThat(get("/users/nobody", token).statusCode()).isEqualTo(404);
    }

    @Test
    void clientCredentialsGiveNoRefreshTokenAndNoIdToken() throws Exception {
        HttpResponse<String> response = token(Map.of("grant_type", "client_credentials", "scope", "openid"), true);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSONObjectUtils.parse(response.body()))
                .containsEntry("token_type", "Bearer")
                .doesNotContainKeys("refresh_token", "id_token");
        assertThat(error(send("POST", "/token", Map.of("grant_type", "client_credentials"), null, null)))
                .isEqualTo("invalid_client");
    }

    @Test
    void loopbackRule() {
        assertThat(OidcProvider.isLoopbackUri("http://localhost:8086/login/oauth2/code/ispflow"))
                .isTrue();
        assertThat(OidcProvider.isLoopbackUri("http://127.0.0.1:1/x")).isTrue();
        assertThat(OidcProvider.isLoopbackUri("http://[::1]:8086/x")).isTrue();
        assertThat(OidcProvider.isLoopbackUri("http://LOCALHOST:8086/x?a=b")).isTrue();
        assertThat(OidcProvider.isLoopbackUri("http://example.com/x")).isFalse();
        assertThat(OidcProvider.isLoopbackUri("http://127.0.0.2/x")).isFalse();
        assertThat(OidcProvider.isLoopbackUri("ftp://localhost/x")).isFalse();
        assertThat(OidcProvider.isLoopbackUri("/relative")).isFalse();
        assertThat(OidcProvider.isLoopbackUri("http://user@localhost/x")).isFalse();
        assertThat(OidcProvider.isLoopbackUri("not a uri")).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    private Map<String, String> authorizeParams(String state, String nonce) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response_type", "code");
        p.put("client_id", CLIENT);
        p.put("redirect_uri", REDIRECT);
        p.put("scope", "openid profile email");
        p.put("state", state);
        if (nonce != null) {
            p.put("nonce", nonce);
        }
        p.put("code_challenge", CHALLENGE);
        p.put("code_challenge_method", "S256");
        return p;
    }

    private HttpResponse<String> signIn(String username, String state, String nonce) throws Exception {
        assertThat(get("/authorize?" + query(authorizeParams(state, nonce)), null)
                        .statusCode())
                .isEqualTo(200);
        Map<String, String> form = authorizeParams(state, nonce);
        form.put("username", username);
        return send("POST", "/authorize", form, null, null);
    }

    private static String codeOf(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        return queryOf(redirect.headers().firstValue("Location").orElseThrow()).get("code");
    }

    private Map<String, String> codeForm(String code, String verifier, String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return form;
    }

    private HttpResponse<String> exchangeCode(String code, String verifier, String redirectUri) throws Exception {
        return token(codeForm(code, verifier, redirectUri), true);
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), true);
    }

    private String serviceToken() throws Exception {
        HttpResponse<String> response = token(Map.of("grant_type", "client_credentials"), true);
        assertThat(response.statusCode()).isEqualTo(200);
        return (String) JSONObjectUtils.parse(response.body()).get("access_token");
    }

    private HttpResponse<String> token(Map<String, String> form, boolean authenticated) throws Exception {
        return send("POST", "/token", form, authenticated ? "Basic " + basic(CLIENT, SECRET) : null, null);
    }

    private static String error(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        return (String) JSONObjectUtils.parse(response.body()).get("error");
    }

    private static String basic(String id, String secret) {
        return Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        return send("GET", path, null, bearer == null ? null : "Bearer " + bearer, null);
    }

    private HttpResponse<String> send(
            String method, String path, Map<String, String> form, String authorization, String contentType)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (form != null) {
            request.header("Content-Type", contentType == null ? "application/x-www-form-urlencoded" : contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(query(form)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String query(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(Http.encode(k)).append('=').append(Http.encode(v));
        });
        return sb.toString();
    }

    private static Map<String, String> queryOf(String uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = URI.create(uri).getRawQuery();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
