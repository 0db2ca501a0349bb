package io.ispflow.gateway.security;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The gateway is a stateless OAuth2 resource server: every {@code /api} call needs a valid JWT
 * (signature from the issuer's key set, not expired, issuer when configured); only the API
 * documentation and the health/info/metrics endpoints are open. Failures are problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfig {

    /** Reachable without a token. Everything else, {@code /api/**} in particular, needs one. */
    static final String[] PUBLIC_PATHS = {
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/webjars/swagger-ui/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/prometheus"
    };

    @Bean
    SecurityWebFilterChain gatewaySecurity(
            ServerHttpSecurity http,
            ReactiveJwtDecoder jwtDecoder,
            ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDeniedHandler,
            CorsConfigurationSource corsSource) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // SecurityHeadersWebFilter writes the browser headers for every response, proxied ones too
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                // answers preflights itself, before authentication: browsers send them without a token
                .cors(cors -> cors.configurationSource(corsSource))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC_PATHS)
                        .permitAll()
                        // catalog: everyone reads reference data and prices quotes; only ADMIN changes it
                        .pathMatchers(HttpMethod.GET, "/api/catalog/**")
                        .authenticated()
                        .pathMatchers(HttpMethod.HEAD, "/api/catalog/**")
                        .authenticated()
                        .pathMatchers(HttpMethod.POST, "/api/catalog/quotes")
                        .authenticated()
                        .pathMatchers("/api/catalog/**")
                        .hasRole("ADMIN")
                        .pathMatchers("/api/leads/*/erasure", "/api/leads/*/erasure/**")
                        .hasRole("ADMIN")
                        .pathMatchers("/api/**")
                        .authenticated()
                        .anyExchange()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder).jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDeniedHandler))
                .build();
    }

    /** The web frontend's origins; the headers it sends and the ones its code may read. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins().stream()
                .map(String::trim)
                .filter(StringUtils::hasText)
                .toList());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(
                List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Correlation-Id"));
        cors.setExposedHeaders(List.of("ETag", "Location", "X-Correlation-Id", "Retry-After", "Idempotent-Replayed"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewaySecurityProperties properties) {
        GatewaySecurityProperties.Jwt jwt = properties.jwt();
        if (jwt.jwkSetUri() == null || jwt.jwkSetUri().isBlank()) {
            throw new IllegalStateException(
                    "No identity provider configured: set JWT_JWK_SET_URI (and JWT_ISSUER_URI), "
                            + "or run with the 'local' profile to trust the local stack's dev issuer.");
        }
        HttpClient httpClient = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        jwt.jwkSetTimeout().toMillis())
                .responseTimeout(jwt.jwkSetTimeout());
        WebClient webClient = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .build();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwt.jwkSetUri())
                .webClient(webClient)
                .jwsAlgorithms(algorithms -> jwt.jwsAlgorithms().stream()
                        .map(SignatureAlgorithm::from)
                        .forEach(algorithms::add))
                .build();
        OAuth2TokenValidator<Jwt> validator = validator(jwt.issuerUri());
        decoder.setJwtValidator(validator);
        // an unreachable key set surfaces as a bare IllegalStateException ("Could not obtain the keys");
        // make it an authentication service failure, which the error handler answers with 503, not 500
        ReactiveJwtDecoder verifying = token -> decoder.decode(token)
                .onErrorMap(
                        failure -> !(failure instanceof JwtException),
                        failure -> new AuthenticationServiceException(
                                "Could not verify the token: " + failure.getMessage(), failure));
        return new CachingJwtDecoder(verifying, validator, jwt.verifiedTokenCache(), jwt.verifiedTokenMaxAge());
    }

    /** Expiry and not-before (60 s clock skew), plus the issuer when one is configured. */
    static OAuth2TokenValidator<Jwt> validator(String issuerUri) {
        return StringUtils.hasText(issuerUri)
                ? JwtValidators.createDefaultWithIssuer(issuerUri)
                : JwtValidators.createDefault();
    }

    /** The {@code roles} claim becomes {@code ROLE_*} authorities, the {@code sub} claim the name. */
    static Converter<Jwt, Mono<AbstractAuthenticationToken>> authenticationConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
