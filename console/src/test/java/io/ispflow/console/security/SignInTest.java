package io.ispflow.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The backend-for-frontend's edge: a page asks for sign-in, the sign-in goes to the provider with PKCE (S256), a
 * state and a nonce; forms need the CSRF token; the Content-Security-Policy allows no inline script. The provider
 * here is a JDK HTTP server answering only the discovery document (the full flow runs against the real dev
 * issuer and Keycloak in the end-to-end tests).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTest {

    private static final HttpServer provider = discoveryOnly();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String issuer = "http://127.0.0.1:" + provider.getAddress().getPort();
        registry.add("ispflow.console.oidc.issuer-uri", () -> issuer);
        registry.add("ispflow.console.oidc.provider-uri", () -> issuer);
    }

    @AfterAll
    static void stop() {
        provider.stop(0);
    }

    @Test
    void aPageAsksForSignIn() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/leads"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).endsWith("/oauth2/authorization/ispflow");
    }

    @Test
    void signInGoesToTheProviderWithPkceStateAndNonce() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/oauth2/authorization/ispflow"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse();
        URI redirect = URI.create(response.getRedirectedUrl());
        Map<String, String> query = Arrays.stream(redirect.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : ""));
        assertThat(redirect.getPath()).isEqualTo("/authorize");
        assertThat(query)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", "ispflow-console")
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("code_challenge", "state", "nonce", "redirect_uri");
        assertThat(query.get("scope")).contains("openid");
    }

    @Test
    void theContentSecurityPolicyAllowsNoInlineScript() throws Exception {
        String csp = mvc.perform(get("/leads")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(csp)
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval")
                .contains("frame-ancestors 'none'")
                .containsPattern("style-src 'self' 'nonce-[A-Za-z0-9+/=]{24}';");
        String next = mvc.perform(get("/leads")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(next).as("a nonce is never reused").isNotEqualTo(csp);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/leads")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .oidcLogin()))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthIsOpenForTheProbes() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    private static HttpServer discoveryOnly() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
            String discovery =
                    """
                    {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                     "jwks_uri": "%1$s/.well-known/jwks.json", "userinfo_endpoint": "%1$s/userinfo",
                     "end_session_endpoint": "%1$s/logout"}"""
                            .formatted(issuer);
            server.createContext("/.well-known/openid-configuration", exchange -> {
                byte[] body = discovery.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
