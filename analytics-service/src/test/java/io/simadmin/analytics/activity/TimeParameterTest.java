package io.simadmin.analytics.activity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeParameterTest {

    @Test
    void a_day_as_lower_bound_starts_at_utc_midnight() {
        assertThat(TimeParameter.lowerBound("2026-01-31")).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
    }

    @Test
    void a_day_as_upper_bound_includes_the_whole_day() {
        assertThat(TimeParameter.upperBound("2026-01-31")).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
    }

    @Test
    void an_instant_is_taken_as_it_is() {
        assertThat(TimeParameter.upperBound("2026-01-31T08:30:00Z")).isEqualTo(Instant.parse("2026-01-31T08:30:00Z"));
    }

    @Test
    void no_value_is_no_bound() {
        assertThat(TimeParameter.lowerBound(null)).isNull();
        assertThat(TimeParameter.lowerBound("")).isNull();
    }

    @Test
    void other_text_is_not_a_time() {
        assertThatThrownBy(() -> TimeParameter.lowerBound("last week")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> TimeParameter.lowerBound("2026-02-30")).isInstanceOf(DateTimeParseException.class);
    }
}
