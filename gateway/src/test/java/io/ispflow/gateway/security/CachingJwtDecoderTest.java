package io.ispflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import reactor.core.publisher.Mono;

class CachingJwtDecoderTest {

    private final Instant issued = Instant.now(); // the cache keeps entries until the real expiry
    private final AtomicInteger verified = new AtomicInteger();
    private final JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);

    private CachingJwtDecoder decoder() {
        return new CachingJwtDecoder(
                token -> {
                    verified.incrementAndGet();
                    if (token.startsWith("forged")) {
                        return Mono.error(new BadJwtException("Signed JWT rejected: Invalid signature"));
                    }
                    return Mono.just(Jwt.withTokenValue(token)
                            .header("alg", "RS256")
                            .subject("ana")
                            .issuedAt(issued)
                            .expiresAt(issued.plus(Duration.ofMinutes(5)))
                            .build());
                },
                validator,
                100,
                Duration.ofMinutes(5));
    }

    @Test
    void checksTheSignatureOfATokenOnce() {
        validator.setClock(Clock.fixed(issued.plusSeconds(10), ZoneOffset.UTC));
        CachingJwtDecoder decoder = decoder();

        assertThat(decoder.decode("token-a").block().getSubject()).isEqualTo("ana");
        assertThat(decoder.decode("token-a").block().getSubject()).isEqualTo("ana");
        assertThat(decoder.decode("token-b").block().getSubject()).isEqualTo("ana");

        assertThat(verified).hasValue(2);
    }

    @Test
    void refusesARememberedTokenOnceItHasExpired() {
        validator.setClock(Clock.fixed(issued.plusSeconds(10), ZoneOffset.UTC));
        CachingJwtDecoder decoder = decoder();
        decoder.decode("token-a").block();

        validator.setClock(Clock.fixed(issued.plus(Duration.ofMinutes(6)), ZoneOffset.UTC));

        assertThatThrownBy(() -> decoder.decode("token-a").block())
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void neverRemembersATokenThatFailedVerification() {
        validator.setClock(Clock.fixed(issued.plusSeconds(10), ZoneOffset.UTC));
        CachingJwtDecoder decoder = decoder();

        assertThatThrownBy(() -> decoder.decode("forged-a").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged-a").block()).isInstanceOf(BadJwtException.class);

        assertThat(verified).hasValue(2);
    }
}
