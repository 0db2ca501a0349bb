package io.ispflow.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens whose signature it has verified. A client sends the same access token with every
 * request until it expires, and checking an RS256 signature is most of what authenticating a request costs
 * (a quarter of the gateway's CPU per proxied request when profiled). The key is the whole token, signature
 * included, so only the identical string is served from memory; every hit is validated again (expiry,
 * not-before, issuer), so a cached token stops working when it expires. An entry lives at most
 * {@code maxAge}: a signing key withdrawn by the identity provider stops being trusted by then.
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    CachingJwtDecoder(
            ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, int maxEntries, Duration maxAge) {
        this.verifier = verifier;
        this.validator = validator;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetime(jwt, maxAge)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
        }
        OAuth2TokenValidatorResult result = validator.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            return Mono.error(new JwtValidationException(describe(result), result.getErrors()));
        }
        return Mono.just(known);
    }

    private static Duration lifetime(Jwt jwt, Duration maxAge) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return maxAge;
        }
        Duration left = Duration.between(Instant.now(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left.compareTo(maxAge) < 0 ? left : maxAge;
    }

    private static String describe(OAuth2TokenValidatorResult result) {
        return result.getErrors().stream()
                .map(error -> error.getDescription() == null ? error.getErrorCode() : error.getDescription())
                .findFirst()
                .orElse("invalid token");
    }
}
