package io.ispflow.console.security;

import io.ispflow.console.ConsoleProperties;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The backend-for-frontend: people sign in with the authorization code flow and PKCE; the tokens stay in the
 * server-side session and the browser holds only the HttpOnly session cookie. Every form carries a CSRF token,
 * and the Content-Security-Policy allows no inline script.
 */
@Configuration
class SecurityConfig {

    @Bean
    ProviderRegistration clientRegistrations(ConsoleProperties properties) {
        return new ProviderRegistration(properties.oidc());
    }

    @Bean
    SecurityFilterChain console(
            HttpSecurity http, ClientRegistrationRepository registrations, ConsoleProperties properties)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        // a confidential client sends PKCE too (OAuth 2.1, and Keycloak's client requires S256)
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");

        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + ProviderRegistration.REGISTRATION_ID)
                        .authorizationEndpoint(
                                endpoint -> endpoint.authorizationRequestResolver(authorizationRequests)))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler(signedOut)
                        .invalidateHttpSession(true)
                        .deleteCookies("ISPFLOW_SESSION"))
                .headers(headers -> headers.addHeaderWriter((request, response) -> response.setHeader(
                                "Content-Security-Policy", contentSecurityPolicy(properties, StyleNonce.of(request))))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * Scripts only from the console itself; styles too, plus the one style element the calendar builds (it carries
     * the request's nonce); map tiles from their server, photo previews from the page's own blobs; forms post to the
     * console, and sign-out leaves for the provider's end-session page.
     */
    static String contentSecurityPolicy(ConsoleProperties properties, String styleNonce) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-" + styleNonce + "'; img-src 'self'"
                + " data: blob: " + properties.mapTilesOrigin() + "; connect-src 'self'; font-src 'self' data:;"
                + " object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'; form-action 'self' "
                + origin(properties.oidc().issuerUri());
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getAuthority();
    }

    /** Access tokens are refreshed with the refresh token; when that fails the session is over (SessionEnded). */
    @Bean
    OAuth2AuthorizedClientManager authorizedClients(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }
}
