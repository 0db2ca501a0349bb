package io.ispflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** The services' decoder verifies a token's signature once, yet refuses it as soon as it expires. */
class CachingJwtDecoderTest {

    private static final Instant ISSUED = Instant.now(); // the cache keeps entries until the real expiry

    private final List<String> verifications = new ArrayList<>();
    private final JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
    private final CachingJwtDecoder decoder = new CachingJwtDecoder(
            token -> {
                verifications.add(token);
                if (token.startsWith("forged")) {
                    throw new BadJwtException("Signed JWT rejected: Invalid signature");
                }
                return Jwt.withTokenValue(token)
                        .header("alg", "RS256")
                        .subject("tito")
                        .issuedAt(ISSUED)
                        .expiresAt(ISSUED.plusSeconds(300))
                        .build();
            },
            timestamps,
            100,
            Duration.ofMinutes(5));

    private void at(Duration afterIssue) {
        timestamps.setClock(Clock.fixed(ISSUED.plus(afterIssue), ZoneOffset.UTC));
    }

    @Test
    void aTokenUsedAgainIsNotVerifiedAgain() {
        at(Duration.ofSeconds(1));

        decoder.decode("t1");
        decoder.decode("t1");
        decoder.decode("t2");

        assertThat(verifications).containsExactly("t1", "t2");
    }

    @Test
    void aRememberedTokenIsRefusedWhenItExpires() {
        at(Duration.ofSeconds(1));
        decoder.decode("t1");
        at(Duration.ofMinutes(7));

        assertThatThrownBy(() -> decoder.decode("t1"))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenThatFailedIsVerifiedAgainEveryTime() {
        at(Duration.ofSeconds(1));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        }

        assertThat(verifications).containsExactly("forged", "forged");
    }
}
