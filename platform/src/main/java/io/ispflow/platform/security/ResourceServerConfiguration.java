package io.ispflow.platform.security;

import io.ispflow.platform.problem.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a JWT resource server, so one layer's bug cannot leak another zone's data: the
 * gateway checks the token, and each service checks it again and filters by its zones.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerConfiguration {

    /** Open to anyone: probes, metrics for the scraper, and the API documents; no other actuator endpoint is exposed. */
    static final String[] PUBLIC_PATHS = {
        "/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"
    };

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesConverter()))
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            write(response, json, Problems.unauthorized("A valid bearer token is required."));
                        })
                        .accessDeniedHandler((request, response, denied) ->
                                write(response, json, Problems.forbidden("Your roles do not allow this operation."))))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            write(response, json, Problems.unauthorized("A valid bearer token is required."));
                        })
                        .accessDeniedHandler((request, response, denied) ->
                                write(response, json, Problems.forbidden("Your roles do not allow this operation."))));
        return http.build();
    }

    /** Verified tokens remembered (about 1 KB each), and for how long at most. */
    private static final int VERIFIED_TOKENS = 10_000;

    private static final java.time.Duration VERIFIED_TOKEN_MAX_AGE = java.time.Duration.ofMinutes(5);

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        if (properties.jwkSetUri() == null || properties.jwkSetUri().isBlank()) {
            throw new IllegalStateException(
                    "No identity provider configured: set JWT_JWK_SET_URI (and JWT_ISSUER_URI), "
                            + "or run with the 'local' profile to trust the local stack's dev issuer.");
        }
        // RS256 only: tokens signed otherwise, or unsigned (alg: none), are refused
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        List<OAuth2TokenValidator<Jwt>> validators =
                properties.issuer() == null || properties.issuer().isBlank()
                        ? List.of(JwtValidators.createDefault())
                        : List.of(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(validators);
        decoder.setJwtValidator(validator);
        return new CachingJwtDecoder(decoder, validator, VERIFIED_TOKENS, VERIFIED_TOKEN_MAX_AGE);
    }

    static JwtAuthenticationConverter rolesConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName("sub");
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<GrantedAuthority> authorities = new java.util.ArrayList<>();
            CallerResolver.roles(jwt).forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            return authorities;
        });
        return converter;
    }

    private static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem)
            throws java.io.IOException {
        Problems.write(response, json, problem);
    }
}
