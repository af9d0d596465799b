package io.simadmin.security.jwt;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The memory of verified tokens: what it saves, and what it never lets through. */
class VerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-11-26T10:00:00Z");

    private final List<String> verified = new ArrayList<>();
    private final MovableClock clock = new MovableClock();
    private final JwtTimestampValidator lifetime = new JwtTimestampValidator(Duration.ZERO);
    /**
     * Stands in for the signature check (counts calls, refuses tokens that do not start with "good"), then checks the
     * lifetime as the real decoder does.
     */
    private final JwtDecoder verifier = token -> {
        verified.add(token);
        if (!token.startsWith("good")) {
            throw new BadJwtException("An error occurred while attempting to decode the Jwt: Signed JWT rejected");
        }
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("someone")
                .issuedAt(ISSUED).expiresAt(ISSUED.plusSeconds(600)).build();
        OAuth2TokenValidatorResult checked = lifetime.validate(jwt);
        if (checked.hasErrors()) {
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: expired",
                    checked.getErrors());
        }
        return jwt;
    };
    private final AtomicLong nanos = new AtomicLong();
    private final VerifiedTokens tokens;

    VerifiedTokensTest() {
        lifetime.setClock(clock);
        tokens = new VerifiedTokens(verifier, lifetime, nanos::get);
    }

    @Test
    void verifies_a_token_once_and_answers_its_next_uses_from_memory() {
        Jwt first = tokens.decode("good-token");
        Jwt second = tokens.decode("good-token");

        assertThat(second).isSameAs(first);
        assertThat(verified).containsExactly("good-token");
    }

    @Test
    void verifies_every_other_token_text_anew() {
        tokens.decode("good-token");

        assertThatThrownBy(() -> tokens.decode("bad-token-x")).isInstanceOf(BadJwtException.class);
        tokens.decode("good-token2");

        assertThat(verified).containsExactly("good-token", "bad-token-x", "good-token2");
    }

    @Test
    void never_remembers_a_refused_token() {
        assertThatThrownBy(() -> tokens.decode("bad-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad-token")).isInstanceOf(BadJwtException.class);

        assertThat(verified).containsExactly("bad-token", "bad-token");
    }

    @Test
    void refuses_a_remembered_token_once_it_has_expired_and_forgets_it() {
        tokens.decode("good-token");
        clock.now = ISSUED.plusSeconds(601);

        assertThatThrownBy(() -> tokens.decode("good-token")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> tokens.decode("good-token")).isInstanceOf(JwtValidationException.class);
        // The second refusal came from the verifier again: the expired token was no longer remembered.
        assertThat(verified).containsExactly("good-token", "good-token");
    }

    @Test
    void verifies_a_remembered_token_again_after_the_memory_lapses() {
        tokens.decode("good-token");
        nanos.addAndGet(VerifiedTokens.REMEMBER_FOR.plusSeconds(1).toNanos());

        tokens.decode("good-token");

        assertThat(verified).containsExactly("good-token", "good-token");
    }

    private static final class MovableClock extends Clock {
        Instant now = ISSUED.plusSeconds(1);

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
            return now;
        }
    }
}
