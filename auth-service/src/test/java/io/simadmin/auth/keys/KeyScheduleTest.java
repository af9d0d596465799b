package io.simadmin.auth.keys;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyScheduleTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private final KeySchedule schedule = new KeySchedule(Duration.ofDays(30), Duration.ofMinutes(10), Duration.ofMinutes(15));

    @Test
    void the_first_key_signs_at_once_and_later_keys_after_the_publish_lead() {
        assertThat(schedule.needsNewKey(List.of(), T0)).isTrue();
        assertThat(schedule.activationOfNewKey(List.of(), T0)).isEqualTo(T0);
        assertThat(schedule.activationOfNewKey(List.of(key("a", T0)), T0)).isEqualTo(T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void a_successor_is_made_one_publish_lead_before_the_period_ends() {
        List<SigningKey> keys = List.of(key("a", T0));

        assertThat(schedule.needsNewKey(keys, T0.plus(Duration.ofDays(30)).minus(Duration.ofMinutes(11)))).isFalse();
        assertThat(schedule.needsNewKey(keys, T0.plus(Duration.ofDays(30)).minus(Duration.ofMinutes(10)))).isTrue();
    }

    @Test
    void the_old_key_signs_until_the_new_one_activates_and_stays_published_until_its_tokens_expired() {
        Instant newActivates = T0.plus(Duration.ofDays(30));
        List<SigningKey> keys = List.of(key("old", T0), key("new", newActivates));

        assertThat(schedule.signer(keys, newActivates.minusSeconds(1)).orElseThrow().kid()).isEqualTo("old");
        assertThat(schedule.signer(keys, newActivates).orElseThrow().kid()).isEqualTo("new");
        assertThat(schedule.retired(keys, newActivates.plus(Duration.ofMinutes(19)))).isEmpty();
        assertThat(schedule.retired(keys, newActivates.plus(Duration.ofMinutes(20)))).extracting(SigningKey::kid)
                .containsExactly("old");
    }

    private static SigningKey key(String kid, Instant activatesAt) {
        return new SigningKey(kid, (RSAKey) null, activatesAt, activatesAt);
    }
}
