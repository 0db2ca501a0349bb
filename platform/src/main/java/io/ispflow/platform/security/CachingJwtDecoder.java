package io.ispflow.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Checks each access token's signature once. The same token comes with every request of a user until it
 * expires, and verifying its RS256 signature is the largest share of authenticating a request. Only the
 * identical string (signature included) is served from memory, and every use is validated again (expiry,
 * not-before, issuer); an entry is kept until the token expires, at most {@code maxAge}, so a signing key
 * the identity provider withdraws stops being trusted within that time.
 */
final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    CachingJwtDecoder(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, int maxEntries, Duration maxAge) {
        this.verifier = verifier;
        this.validator = validator;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> jwt.getExpiresAt() == null
                        ? maxAge
                        : clamp(Duration.between(Instant.now(), jwt.getExpiresAt()), maxAge)))
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt jwt = verifier.decode(token); // verifies the signature and validates the claims
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException(
                    result.getErrors().iterator().next().getDescription(), result.getErrors());
        }
        return known;
    }

    private static Duration clamp(Duration left, Duration maxAge) {
        return left.isNegative() ? Duration.ZERO : left.compareTo(maxAge) > 0 ? maxAge : left;
    }
}
